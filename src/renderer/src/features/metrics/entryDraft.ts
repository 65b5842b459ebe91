import type { MetricDefinition } from '../../../../shared/domain/metricDefinition'
import {
  type MetricEntryInput,
  metricEntrySchema,
  type metricScopes,
} from '../../../../shared/domain/metricEntry'
import type { Locale } from '../../../../shared/i18n/locales'
import { parseLocaleNumber } from '../../../../shared/i18n/parseNumber'

/** One row of the entry grid as typed: text, before it is read as a value. */
export type EntryDraft = {
  value: string
  date: string
  periodEnd: string
  /** `campaign`, `screening:<id>` or `organization:<id>` (see scopeKey). */
  scope: string
  source: string
  estimated: boolean
  notes: string
}

export type DraftCell = 'value' | 'date' | 'periodEnd' | 'scope'

/** What is wrong with each cell, as i18n keys; empty when the row can be saved. */
export type DraftErrors = Partial<Record<DraftCell, string>>

export const emptyDraft = (date: string, scope = 'campaign'): EntryDraft => ({
  value: '',
  date,
  periodEnd: '',
  scope,
  source: '',
  estimated: false,
  notes: '',
})

type Scope = (typeof metricScopes)[number]

/** The one string a scope is chosen by in a select. */
export function scopeKey(entry: { scope: Scope; screeningId?: string; organizationId?: string }) {
  if (entry.scope === 'screening') return `screening:${entry.screeningId}`
  if (entry.scope === 'organization') return `organization:${entry.organizationId}`
  return 'campaign'
}

export function scopeFields(
  key: string,
): Pick<MetricEntryInput, 'scope' | 'screeningId' | 'organizationId'> | null {
  if (key === 'campaign') return { scope: 'campaign' }
  const [kind, id] = key.split(':') as [string, string | undefined]
  if (!id) return null
  if (kind === 'screening') return { scope: 'screening', screeningId: id }
  if (kind === 'organization') return { scope: 'organization', organizationId: id }
  return null
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const validDate = (text: string) =>
  isoDate.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text

/** A value in the metric's unit: people and counts are whole and never below zero. */
export function valueProblem(
  text: string,
  unit: MetricDefinition['unit'],
  locale: Locale,
): { value: number } | { error: string } {
  if (text.trim() === '') return { error: 'metrics.errors.valueRequired' }
  const value = parseLocaleNumber(text, locale)
  if (value === null) return { error: 'metrics.errors.notNumber' }
  if ((unit === 'count' || unit === 'people') && !Number.isInteger(value))
    return { error: 'metrics.errors.wholeNumber' }
  if ((unit === 'count' || unit === 'people' || unit === 'currency') && value < 0)
    return { error: 'metrics.errors.negative' }
  if (unit === 'percent' && (value < 0 || value > 100)) return { error: 'metrics.errors.percent' }
  return { value }
}

/**
 * The entry a grid row stands for, or what is wrong with each of its cells; nothing half-read
 * is ever saved.
 */
export function entryFromDraft(
  draft: EntryDraft,
  metric: Pick<MetricDefinition, 'id' | 'unit'>,
  locale: Locale,
): { input: MetricEntryInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {}
  const read = valueProblem(draft.value, metric.unit, locale)
  if ('error' in read) errors.value = read.error
  if (!validDate(draft.date)) errors.date = 'validation.date'
  if (draft.periodEnd) {
    if (!validDate(draft.periodEnd)) errors.periodEnd = 'validation.date'
    else if (draft.periodEnd < draft.date) errors.periodEnd = 'metrics.errors.periodEnd'
  }
  const scope = scopeFields(draft.scope)
  if (!scope) errors.scope = 'metrics.errors.scope'
  if (Object.keys(errors).length > 0 || !scope || 'error' in read) return { errors }

  const input: MetricEntryInput = {
    metricId: metric.id,
    value: read.value,
    date: draft.date,
    ...(draft.periodEnd ? { periodEnd: draft.periodEnd } : {}),
    ...scope,
    source: draft.source.trim(),
    estimated: draft.estimated,
    notes: draft.notes.trim(),
  }
  const checked = metricEntrySchema.safeParse(input)
  if (!checked.success) return { errors: { value: 'validation.invalid' } }
  return { input }
}
