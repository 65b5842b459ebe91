import {
  guessDateFormat,
  importFieldsFor,
  matchColumns,
  nameOrderFor,
  sniff,
  SNIFF_BYTES,
  type CsvSniff,
  type DateFormat,
  type DateGuess,
  type ImportEntity,
} from '../../../../../shared/csv'
import { COLUMN_AS_NOTE, type ImportSettings } from '../../../../../shared/import/importSettings'
import type { ImportSource } from '../../../import/importSource'

/** The file being imported, what its start showed, and the settings chosen so far. */
export type WizardDraft = {
  source: ImportSource
  head: Uint8Array
  sniff: CsvSniff
  headers: string[]
  settings: ImportSettings
}

/** The kinds of file the wizard imports today. */
export const wizardEntities = [
  'contactSheet',
  'contacts',
  'organizations',
  'screenings',
  'metricEntries',
] as const satisfies readonly ImportEntity[]

export async function readHead(source: ImportSource): Promise<Uint8Array> {
  return source.read(0, Math.min(SNIFF_BYTES, source.size))
}

/** The headers and the first data rows of a sniff, for the mapping and the preview. */
export function headersOf(found: CsvSniff): string[] {
  return found.preview[found.headerRow.index] ?? []
}

/** Where and when a screening happens, beside its start, as a schedule lists it. */
const scheduleFields = [
  'startTime',
  'timeZone',
  'venue.name',
  'venue.address',
  'venue.city',
  'venue.country',
  'venue.capacity',
  'host',
]

/**
 * A schedule: a start with its campaign, or a title and a start with at least two of a time, a
 * zone, a venue, a host. A schedule without a campaign column asks for the campaign once, as
 * the required field's default on the Columns step.
 */
function isSchedule(fields: readonly (string | null)[]): boolean {
  const start = fields.includes('startsAt') || fields.includes('startDate')
  const around = scheduleFields.filter((key) => fields.includes(key)).length
  return start && (fields.includes('campaign') || (fields.includes('title') && around >= 2))
}

/**
 * A kind of file guessed from its headers: metric values (a metric and a value), screenings (a
 * schedule of no people, see isSchedule), a contact sheet (people and organizations), contacts
 * (emails or names of people), else organizations. The user can always choose another.
 */
export function guessEntity(headers: readonly string[]): ImportEntity {
  const sure = (entity: ImportEntity) =>
    matchColumns(headers, entity)
      .filter((match) => match.confidence >= 0.9)
      .map((match) => match.field)
  const metric = sure('metricEntries')
  if (metric.includes('metric') && metric.includes('value')) return 'metricEntries'
  const screening = sure('screenings')
  const people = ['emails', 'firstName', 'lastName', 'fullName']
  const contactFields = sure('contacts')
  // A schedule may give whom to write to (a request form's "Email Address"), not people's names.
  const names = ['firstName', 'lastName', 'fullName']
  if (isSchedule(screening) && !contactFields.some((key) => names.includes(key ?? '')))
    return 'screenings'
  // A sheet of people and organizations, unless one kind alone explains more of its columns (an
  // organizations export has "Name" and "Website", which a contact sheet also reads).
  const sheet = sure('contactSheet')
  const hasOrg = sheet.some((key) => key?.startsWith('organization.'))
  const hasPerson = sheet.some((key) => people.some((field) => key === `contact.${field}`))
  const contacts = contactFields.length
  const orgFields = sure('organizations')
  if (hasOrg && hasPerson && sheet.length > Math.max(contacts, orgFields.length))
    return 'contactSheet'
  // Names and places alone ("Name, City") are people; a web address, type or stage is not.
  const orgOnly = ['website', 'domain', 'type', 'stage', 'aliases']
  const organizational = orgFields.some((field) => orgOnly.includes(field ?? ''))
  return hasPerson && !(organizational && orgFields.length > contacts)
    ? 'contacts'
    : 'organizations'
}

/**
 * Columns matched for an entity: a field key per column, and a column no field fits kept as a
 * line of each record's notes, so nothing the file holds is lost unless the user leaves it out.
 */
export function matchedColumns(
  headers: readonly string[],
  entity: ImportEntity,
  samples: readonly (readonly string[])[] = [],
): string[] {
  return matchColumns(headers, entity, samples).map((match) => match.field ?? COLUMN_AS_NOTE)
}

/** The first data rows of a sniff, for matching columns by their values too. */
export function samplesOf(found: CsvSniff): string[][] {
  return found.preview.slice(found.headerRow.index + 1)
}

/** Whether the user's locale writes a slashed date month first ("4/28/2024"), as the US does. */
const monthFirstLocale = () =>
  typeof navigator !== 'undefined' && /-(US|PH)$/i.test(navigator.language)

/**
 * The date format of the columns mapped to date fields, guessed from their cells in the preview,
 * with the reason (see guessDateFormat).
 */
export function dateGuessFor(
  found: CsvSniff,
  settings: Pick<ImportSettings, 'entity' | 'columns'>,
  fallback: DateFormat = 'iso',
): DateGuess {
  const dated = new Set(
    importFieldsFor(settings.entity)
      .filter((field) => field.type === 'date' || field.type === 'dateTime')
      .map((field) => field.key),
  )
  const columns = settings.columns.flatMap((key, column) => (dated.has(key) ? [column] : []))
  const samples = samplesOf(found).flatMap((fields, index) =>
    columns.map((column) => ({
      value: fields[column] ?? '',
      // The row as a spreadsheet numbers it: the preview starts at the file's first line.
      row: found.headerRow.index + index + 2,
    })),
  )
  return guessDateFormat(samples, { monthFirst: monthFirstLocale(), fallback })
}

/**
 * The settings with new column targets. A date format that was the guess follows the guess for
 * the new columns (a date column just mapped decides it); one the user chose stays.
 */
export function withColumns(
  found: CsvSniff,
  settings: ImportSettings,
  columns: string[],
): ImportSettings {
  const { dateFormat } = settings.valueOptions
  // Without dates to go by, only the default format counts as nobody's choice.
  const before = dateGuessFor(found, settings, dateFormat)
  const guessed = before.reason === 'noDates' ? dateFormat === 'iso' : before.format === dateFormat
  return {
    ...settings,
    columns,
    valueOptions: guessed
      ? {
          ...settings.valueOptions,
          dateFormat: dateGuessFor(found, { ...settings, columns }, dateFormat).format,
        }
      : settings.valueOptions,
  }
}

/**
 * The draft for a file just chosen (or re-read with new reading settings): sniffed with the
 * overrides, the kind of file and the columns guessed unless the user already chose them.
 */
export function draftFor(
  source: ImportSource,
  head: Uint8Array,
  previous?: ImportSettings,
): WizardDraft {
  const found = sniff(head, head.length >= source.size, previous?.overrides ?? {})
  const headers = headersOf(found)
  const entity = previous?.entity ?? guessEntity(headers)
  const semicolon = found.delimiter.delimiter === ';'
  const kept = previous && previous.columns.length === headers.length
  const columns = kept ? previous.columns : matchedColumns(headers, entity, samplesOf(found))
  const settings: ImportSettings = {
    entity,
    overrides: {
      encoding: found.encoding.encoding,
      delimiter: found.delimiter.delimiter,
      headerRow: found.headerRow.index,
    },
    columns,
    defaults: previous?.defaults ?? {},
    // Dates as the file's own cells show them, guessed again whenever the columns are; a
    // semicolon file comes from a locale whose decimal mark is the comma.
    valueOptions: kept
      ? previous.valueOptions
      : {
          dateFormat: dateGuessFor(found, { entity, columns }, previous?.valueOptions.dateFormat)
            .format,
          decimalMark: previous?.valueOptions.decimalMark ?? (semicolon ? ',' : '.'),
        },
    policy: previous?.policy ?? 'update',
    // The values chosen for choice columns hold for a new file too (a repeated run's).
    ...(previous?.valueMap ? { valueMap: previous.valueMap } : {}),
  }
  return { source, head, sniff: found, headers, settings }
}

/** A draft whose names split as people of the user's language write them, unless chosen. */
export function withNameOrder(draft: WizardDraft, language: string): WizardDraft {
  if (draft.settings.nameOrder) return draft
  return { ...draft, settings: { ...draft.settings, nameOrder: nameOrderFor(language) } }
}
