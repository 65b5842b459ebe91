import { campaignStatuses, impactDynamics } from '../domain/campaign'
import type { ImportField } from '../csv'
import en from '../i18n/locales/en.json'

const labels = en.campaigns.fields

/**
 * The columns of a campaign export, headed by the campaign form's English labels. Campaigns are
 * written but never read back (no importer), so these fields have no synonyms.
 */
export const campaignExportFields: readonly ImportField[] = [
  { key: 'title', header: labels.title, type: 'text', required: true, synonyms: [] },
  {
    key: 'status',
    header: labels.status,
    type: 'enum',
    options: campaignStatuses,
    optionLabels: en.campaigns.status,
    synonyms: [],
  },
  { key: 'logline', header: labels.logline, type: 'text', synonyms: [] },
  { key: 'issueTags', header: labels.issueTags, type: 'text', multi: true, synonyms: [] },
  {
    key: 'impactDynamics',
    header: labels.impactDynamics,
    type: 'enum',
    multi: true,
    options: impactDynamics,
    optionLabels: en.campaigns.dynamics,
    synonyms: [],
  },
  {
    key: 'primaryDynamic',
    header: en.campaigns.primaryDynamic,
    type: 'enum',
    options: impactDynamics,
    optionLabels: en.campaigns.dynamics,
    synonyms: [],
  },
  { key: 'goals', header: labels.goals, type: 'text', synonyms: [] },
  { key: 'startDate', header: labels.startDate, type: 'date', synonyms: [] },
  { key: 'endDate', header: labels.endDate, type: 'date', synonyms: [] },
  { key: 'film.runtimeMinutes', header: labels.runtime, type: 'integer', synonyms: [] },
  { key: 'film.languages', header: labels.languages, type: 'text', multi: true, synonyms: [] },
  { key: 'film.closedCaptions', header: labels.closedCaptions, type: 'boolean', synonyms: [] },
  { key: 'film.audioDescription', header: labels.audioDescription, type: 'boolean', synonyms: [] },
  { key: 'film.asl', header: labels.asl, type: 'boolean', synonyms: [] },
  { key: 'websiteUrl', header: labels.websiteUrl, type: 'url', synonyms: [] },
  { key: 'trailerUrl', header: labels.trailerUrl, type: 'url', synonyms: [] },
]
