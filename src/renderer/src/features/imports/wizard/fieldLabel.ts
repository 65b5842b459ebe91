import type { TFunction } from 'i18next'
import { importFieldsFor, type ImportEntity } from '../../../../../shared/csv'
import {
  COLUMN_AS_NOTE,
  COLUMN_AS_TAG,
  IGNORE_COLUMN,
} from '../../../../../shared/import/importSettings'

const labelKeys: Record<string, string> = {
  organization: 'organizations.fields',
  contact: 'contacts.fields',
}

/**
 * A field's label in the user's language, where the app has one ("contact.emails" on a contact
 * sheet is "Contact: Emails"); otherwise the English header the exporter writes.
 */
export function fieldLabel(t: TFunction, entity: ImportEntity, key: string): string {
  if (key === IGNORE_COLUMN) return t('imports.mapping.ignore')
  if (key === COLUMN_AS_NOTE) return t('imports.mapping.asNote')
  if (key === COLUMN_AS_TAG) return t('imports.mapping.asTag')
  const field = importFieldsFor(entity).find((candidate) => candidate.key === key)
  const header = field?.header ?? key
  const [prefix, rest] = key.includes('.') ? key.split('.', 2) : ['', key]
  const base =
    entity === 'contacts'
      ? 'contacts.fields'
      : entity === 'organizations'
        ? 'organizations.fields'
        : labelKeys[prefix ?? '']
  if (!base || !rest) return header
  const label = t(`${base}.${rest}`, { defaultValue: header })
  return entity === 'contactSheet' && prefix
    ? t(`imports.mapping.part.${prefix}`, { label, defaultValue: label })
    : label
}
