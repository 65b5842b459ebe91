import { metricScopes } from '../domain/metricEntry'
import en from '../i18n/locales/en.json'
import type { ImportField } from './importField'
import { recordIdField } from './recordIdField'

const labels = en.metrics.entry

/**
 * The fields of a metric value. The metric is named (within its campaign), and so are the
 * screening or partner it belongs to.
 */
export const metricEntryFields: readonly ImportField[] = [
  {
    key: 'metric',
    header: 'Metric',
    type: 'text',
    required: true,
    synonyms: ['Metric name', 'Indicator', 'Measure', 'KPI'],
  },
  {
    key: 'campaign',
    header: en.metrics.fields.campaign,
    type: 'text',
    synonyms: ['Film', 'Project'],
  },
  {
    key: 'value',
    header: labels.value,
    type: 'number',
    required: true,
    synonyms: ['Count', 'Amount', 'Total', 'Number'],
  },
  {
    key: 'date',
    header: labels.date,
    type: 'date',
    required: true,
    synonyms: ['Day', 'Counted on', 'Period start', 'From'],
  },
  {
    key: 'periodEnd',
    header: labels.periodEnd,
    type: 'date',
    synonyms: ['Period end', 'To', 'End date'],
  },
  {
    key: 'scope',
    header: labels.scope,
    type: 'enum',
    options: metricScopes,
    optionLabels: { campaign: 'Campaign', screening: 'Screening', organization: 'Partner' },
    synonyms: ['Scope', 'Level'],
  },
  { key: 'screening', header: 'Screening', type: 'text', synonyms: ['Event', 'Screening title'] },
  {
    key: 'organization',
    header: 'Partner',
    type: 'text',
    synonyms: ['Organization', 'Organisation', 'Org'],
  },
  {
    key: 'source',
    header: labels.source,
    type: 'text',
    synonyms: ['Collected from', 'Data source'],
  },
  {
    key: 'estimated',
    header: labels.estimated,
    type: 'boolean',
    synonyms: ['Is estimate', 'Estimate'],
  },
  { key: 'notes', header: labels.notes, type: 'text', synonyms: ['Note', 'Comments'] },
  recordIdField,
]
