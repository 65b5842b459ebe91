import type { TFunction } from 'i18next'
import { isEmptyValue } from './mergeFields'

type Email = { address: string; primary?: boolean }
type Phone = { number: string; label?: string; primary?: boolean }
type Consent = { given?: boolean; source?: string; date?: string }

/** A field's value as a person reads it on the merge screen; `Not set` when there is none. */
export function fieldValueText(field: string, value: unknown, t: TFunction): string {
  const separator = t('duplicates.listSeparator')
  if (field === 'sensitive') return value ? t('duplicates.yes') : t('duplicates.no')
  if (field === 'consent') {
    const consent = (value ?? {}) as Consent
    if (!consent.given) return t('duplicates.consentNotGiven')
    const details = [consent.source, consent.date].filter(Boolean).join(separator)
    return details ? t('duplicates.consentGivenDetails', { details }) : t('duplicates.consentGiven')
  }
  if (isEmptyValue(value)) return t('common.notSet')
  if (field === 'type') return t(`organizations.type.${String(value)}`)
  if (field === 'stage') return t(`organizations.stage.${String(value)}`)
  if (field === 'strength') return t(`duplicates.strength.${String(value)}`)
  if (field === 'emails') {
    return (value as Email[])
      .map((e) => (e.primary ? t('duplicates.primary', { value: e.address }) : e.address))
      .join(separator)
  }
  if (field === 'phones') {
    return (value as Phone[])
      .map((p) => {
        const text = p.label ? `${p.number} (${p.label})` : p.number
        return p.primary ? t('duplicates.primary', { value: text }) : text
      })
      .join(separator)
  }
  if (Array.isArray(value)) return value.join(separator)
  return String(value)
}
