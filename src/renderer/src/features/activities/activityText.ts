import type { TFunction } from 'i18next'
import type { Activity } from '../../../../shared/domain/activity'

type Change = { field: string; from: unknown; to: unknown }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** A group of fields (venue, accessibility) reads as the parts that changed, each on its own. */
function flatten(change: Change): Change[] {
  const { from, to } = change
  if (!isPlainObject(from) || !isPlainObject(to)) return [change]
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((key) => !same(from[key], to[key]))
    .map((key) => ({ field: key, from: from[key], to: to[key] }))
}

/** One line per changed field of an edit, in the reader's language. */
export function describeChanges(activity: Activity, namespace: string, t: TFunction): string[] {
  const fieldName = (field: string) =>
    t(`${namespace}.fields.${field}`, {
      defaultValue: t(`${namespace}.access.${field}`, { defaultValue: field }),
    })
  // Choices such as a stage are stored as codes and read in words ("In conversation").
  const word = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('common.notSet')
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
    if (typeof value === 'string')
      return t(`${namespace}.${field}.${value}`, {
        defaultValue: t(`${namespace}.status.${value}`, { defaultValue: value }),
      })
    if (Array.isArray(value))
      return value.map((item) => word(field, item)).join(', ') || t('common.notSet')
    if (isPlainObject(value)) {
      const first = Object.values(value).find((v) => v !== undefined && v !== '')
      return word(field, first)
    }
    return String(value)
  }
  return activity.changes.flatMap(flatten).map(({ field, from, to }) => {
    // A list that only grew (a status history) reads as what was added.
    if (
      Array.isArray(from) &&
      Array.isArray(to) &&
      to.length > from.length &&
      same(to.slice(0, from.length), from)
    ) {
      return t('timeline.added', {
        field: fieldName(field),
        items: word(field, to.slice(from.length)),
      })
    }
    return t('timeline.change', {
      field: fieldName(field),
      from: word(field, from),
      to: word(field, to),
    })
  })
}
