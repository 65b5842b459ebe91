import {
  matchColumns,
  sniff,
  SNIFF_BYTES,
  type CsvSniff,
  type ImportEntity,
} from '../../../../../shared/csv'
import type { ImportSettings } from '../../../../../shared/import/importSettings'
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

/**
 * A kind of file guessed from its headers: metric values (a metric and a value), screenings (a
 * campaign and a start), a contact sheet (people and organizations), contacts (emails or names
 * of people), else organizations. The user can always choose another.
 */
export function guessEntity(headers: readonly string[]): ImportEntity {
  const sure = (entity: ImportEntity) =>
    matchColumns(headers, entity)
      .filter((match) => match.confidence >= 0.9)
      .map((match) => match.field)
  const metric = sure('metricEntries')
  if (metric.includes('metric') && metric.includes('value')) return 'metricEntries'
  const screening = sure('screenings')
  if (screening.includes('campaign') && screening.includes('startsAt')) return 'screenings'
  // A sheet of people and organizations, unless one kind alone explains more of its columns (an
  // organizations export has "Name" and "Website", which a contact sheet also reads).
  const sheet = sure('contactSheet')
  const hasOrg = sheet.some((key) => key?.startsWith('organization.'))
  const people = ['emails', 'firstName', 'lastName', 'fullName']
  const hasPerson = sheet.some((key) => people.some((field) => key === `contact.${field}`))
  const contacts = sure('contacts').length
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

/** Columns matched for an entity: a field key per column, '' where none fits. */
export function matchedColumns(headers: readonly string[], entity: ImportEntity): string[] {
  return matchColumns(headers, entity).map((match) => match.field ?? '')
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
  const settings: ImportSettings = {
    entity,
    overrides: {
      encoding: found.encoding.encoding,
      delimiter: found.delimiter.delimiter,
      headerRow: found.headerRow.index,
    },
    columns:
      previous && previous.columns.length === headers.length
        ? previous.columns
        : matchedColumns(headers, entity),
    defaults: previous?.defaults ?? {},
    // A semicolon file comes from a locale whose decimal mark is the comma.
    valueOptions: previous?.valueOptions ?? {
      dateFormat: 'iso',
      decimalMark: semicolon ? ',' : '.',
    },
    policy: previous?.policy ?? 'update',
  }
  return { source, head, sniff: found, headers, settings }
}
