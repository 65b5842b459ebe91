import type { TFunction } from 'i18next'
import type { Activity } from '../../../../shared/domain/activity'

const valueText = (value: unknown, t: TFunction): string => {
  if (value === undefined || value === null || value === '') return t('common.notSet')
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (Array.isArray(value))
    return (
      value
        .map((item) => (typeof item === 'object' ? Object.values(item as object)[0] : item))
        .join(', ') || t('common.notSet')
    )
  if (typeof value === 'object')
    return Object.values(value as object)
      .filter((v) => v !== undefined && v !== '')
      .join(', ')
  return String(value)
}

/** One line per changed field of an edit, in the reader's language. */
export function describeChanges(activity: Activity, namespace: string, t: TFunction): string[] {
  // Choices such as a stage are stored as codes and read in words ("In conversation").
  const label = (field: string, value: unknown) =>
    typeof value === 'string' && value !== ''
      ? t(`${namespace}.${field}.${value}`, { defaultValue: value })
      : valueText(value, t)
  return activity.changes.map(({ field, from, to }) =>
    t('timeline.change', {
      field: t(`${namespace}.fields.${field}`, { defaultValue: field }),
      from: label(field, from),
      to: label(field, to),
    }),
  )
}
