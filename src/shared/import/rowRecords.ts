import type { z } from 'zod'
import { csvIssue } from '../csv/csvIssue'
import { contactSheetFields } from '../csv/contactSheetFields'
import { MULTI_VALUE_SEPARATOR } from '../csv/importField'
import { splitFullName, type CsvIssue, type ImportEntity, type NameOrder } from '../csv'
import { contactSchema, type ContactFields } from '../domain/contact'
import { metricEntrySchema, type MetricEntryInput } from '../domain/metricEntry'
import { organizationSchema, type OrganizationFields } from '../domain/organization'
import { screeningSchema, type ScreeningFields } from '../domain/screening'
import type { RowValues } from './createRowReader'
import { setPath } from './paths'
import { withAccessColumns } from './accessColumns'
import { screeningStart, type ClockChange, type ClockChoice } from './screeningStart'

/** An affiliation as a row gives it: the role of the row's contact at the row's organization. */
export type RowAffiliation = { role: string; startDate?: string; endDate?: string }

/**
 * A record as a row gives it: valid for its schema (defaults filled in), and the paths the row
 * gave values for, which are the only ones an update touches. `id` is the record the row names
 * by its "Impact Desk ID" (an export's own): matched first if it is there, never written.
 */
export type RowRecord<T> = {
  fields: T
  given: string[]
  id?: string
  /** The file's row, for what the review lists. */
  row?: number
  /** The one "Name" cell a person's first and last name were split from, if so. */
  fullName?: string
}

/** The records one row of a file yields, each valid for its schema, or the row's issues. */
export type RowRecords = {
  row: number
  organization?: RowRecord<OrganizationFields>
  contact?: RowRecord<ContactFields>
  affiliation?: RowAffiliation
  /** Organizations named on a contacts file: matched by name, created when none matches. */
  organizationNames?: string[]
  screening?: RowRecord<ScreeningFields> & { links: ScreeningLinks }
  /** A screening start the clocks skip or repeat: stored as chosen, said on the review. */
  clockChange?: ClockChange
  metricEntry?: RowRecord<MetricEntryFields> & { links: MetricEntryLinks }
  issues: CsvIssue[]
  /** What the row imports with, said in the review (an email that is not one, kept in notes). */
  warnings?: CsvIssue[]
}

/** The records a screening row names: its campaign (by title) and partners (by name). */
export type ScreeningLinks = { campaign: string; host?: string; coPresenters: string[] }
/** The records a metric value row names: its metric, and where the value was counted. */
export type MetricEntryLinks = {
  metric: string
  campaign?: string
  screening?: string
  organization?: string
}
export type MetricEntryFields = Omit<MetricEntryInput, 'metricId'> & { metricId: string }

/** Stands in for a linked record's id while a row is checked: the link is resolved later. */
export const LINK_PENDING = 'link-pending'

/** Values under `prefix.` as a nested object ("organization.name" -> { name }). */
function part(values: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(values)) {
    if (prefix && !key.startsWith(prefix)) continue
    setPath(out, key.slice(prefix.length), value)
  }
  return out
}

/** The row's record with the id the row names it by, if any (a spreadsheet may pad it). */
function withId<R extends RowRecord<unknown>>(record: R | undefined, id: unknown): R | undefined {
  const trimmed = typeof id === 'string' ? id.trim() : ''
  return record && trimmed ? { ...record, id: trimmed } : record
}

function withExtras(
  input: Record<string, unknown>,
  { extraNotes, extraTags }: RowValues,
): Record<string, unknown> {
  if (extraNotes.length) {
    const notes = typeof input['notes'] === 'string' ? (input['notes'] as string) : ''
    input['notes'] = [notes, ...extraNotes].filter(Boolean).join('\n')
  }
  if (extraTags.length) {
    const tags = (input['tags'] as string[] | undefined) ?? []
    input['tags'] = [...tags, ...extraTags.filter((tag) => !tags.includes(tag))]
  }
  return input
}

function contactInput(input: Record<string, unknown>, order?: NameOrder): Record<string, unknown> {
  const { fullName, emails, phones, ...rest } = input
  if (typeof fullName === 'string' && !rest['firstName'] && !rest['lastName'])
    Object.assign(rest, splitFullName(fullName, order))
  const list = (values: unknown, key: string) =>
    ((values as string[] | undefined) ?? []).map((value, index) => ({
      [key]: value,
      primary: index === 0,
    }))
  return { ...rest, emails: list(emails, 'address'), phones: list(phones, 'number') }
}

/** "Organization website: …", "Role: …" lines for the values of a row that names no organization. */
function orgNotes(values: Record<string, unknown>): string[] {
  return contactSheetFields.flatMap((field) => {
    const value = values[field.key]
    // The organization's fields, and the person's role there, which has nowhere else to go.
    if (!/^(organization|affiliation)\./.test(field.key) || value === undefined) return []
    return [`${field.header}: ${Array.isArray(value) ? value.join(MULTI_VALUE_SEPARATOR) : value}`]
  })
}

/** The dotted paths of the values in a nested input; an array is one value, an empty one none. */
function givenPaths(input: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(input).flatMap(([key, value]) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return []
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return givenPaths(value as Record<string, unknown>, `${prefix}${key}.`)
    return [prefix + key]
  })
}

function checked<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  row: number,
  prefix: string,
  issues: CsvIssue[],
): RowRecord<z.output<S>> | undefined {
  const result = schema.safeParse(input)
  if (result.success) return { fields: result.data, given: givenPaths(input), row }
  for (const issue of result.error.issues)
    issues.push(
      csvIssue(
        'invalidRecord',
        { row },
        {
          field: prefix + issue.path.join('.'),
          message: issue.message,
        },
      ),
    )
  return undefined
}

/** A person, with the one "Name" cell their first and last name were split from, if so. */
function person(
  input: Record<string, unknown>,
  row: number,
  prefix: string,
  issues: CsvIssue[],
  order?: NameOrder,
): RowRecord<ContactFields> | undefined {
  const record = checked(contactSchema, contactInput(input, order), row, prefix, issues)
  const { fullName, firstName, lastName } = input
  return record && typeof fullName === 'string' && !firstName && !lastName
    ? { ...record, fullName }
    : record
}

export type RowRecordsOptions = {
  /** How a single "Name" cell is split into first and last name. */
  nameOrder?: NameOrder
  /** Per row number, which instant a start the clocks skip or repeat stands for. */
  clockChoices?: Readonly<Record<string, ClockChoice>>
}

/**
 * The records of one read row. A contact sheet row yields an organization when it names one, a
 * contact when it has a name or an email, and their affiliation when it has
 * both. Columns kept as notes or tags go to the row's main record: the person on a contact
 * sheet. A row with cell issues yields no records.
 */
export function rowRecords(
  entity: ImportEntity,
  read: RowValues,
  options: RowRecordsOptions = {},
): RowRecords {
  const issues = [...read.issues]
  const out: RowRecords = {
    row: read.row,
    issues,
    ...(read.warnings.length ? { warnings: read.warnings } : {}),
  }
  if (issues.length) return out
  const { row } = read
  // The id names a record to match; it is never a value of the record's fields.
  const { id, ...values } = read.values
  if (entity === 'organizations') {
    const input = withExtras(part(values), read)
    out.organization = withId(checked(organizationSchema, input, row, '', issues), id)
  } else if (entity === 'contacts') {
    const { organizationNames, ...rest } = part(values)
    out.contact = withId(person(withExtras(rest, read), row, '', issues, options.nameOrder), id)
    const names = (organizationNames as string[] | undefined) ?? []
    if (names.length) out.organizationNames = names
  } else if (entity === 'contactSheet') {
    const organization = part(values, 'organization.')
    // A row names an organization by its name only: a site or a place alone (a profile link,
    // a city) never creates, renames or links one, and stays with the person as a note.
    const named = typeof organization['name'] === 'string' && organization['name'].trim() !== ''
    if (named)
      out.organization = checked(organizationSchema, organization, row, 'organization.', issues)
    const contact = withExtras(part(values, 'contact.'), {
      ...read,
      extraNotes: named ? read.extraNotes : [...read.extraNotes, ...orgNotes(values)],
    })
    if (Object.keys(contact).length)
      out.contact = person(contact, row, 'contact.', issues, options.nameOrder)
    const affiliation = part(values, 'affiliation.') as Partial<RowAffiliation>
    if (out.organization && out.contact)
      out.affiliation = { ...affiliation, role: affiliation.role?.trim() ?? '' }
  } else if (entity === 'screenings') {
    const { campaign, host, coPresenters, ...rest } = withAccessColumns(
      withExtras(part(values), read),
    ) as Record<string, unknown> & { campaign: string; host?: string; coPresenters?: string[] }
    const zone = typeof rest['timeZone'] === 'string' ? (rest['timeZone'] as string) : 'UTC'
    const { startDate, startTime, ...others } = rest
    const start = screeningStart(
      { startsAt: others['startsAt'], startDate, startTime },
      zone,
      options.clockChoices?.[row],
    )
    if (start.needsDate) issues.push(csvIssue('required', { row }, { value: '', expected: 'Date' }))
    if (start.startsAt) others['startsAt'] = start.startsAt
    if (start.clockChange) out.clockChange = start.clockChange
    const links = { campaign, ...(host ? { host } : {}), coPresenters: coPresenters ?? [] }
    const input = {
      ...others,
      campaignId: LINK_PENDING,
      ...(host ? { hostOrganizationId: LINK_PENDING } : {}),
      ...(links.coPresenters.length
        ? { coPresenters: links.coPresenters.map(() => ({ organizationId: LINK_PENDING })) }
        : {}),
    }
    const screening = checked(screeningSchema, input, row, '', issues)
    if (screening) out.screening = withId({ ...screening, links }, id)
  } else if (entity === 'metricEntries') {
    const { metric, campaign, screening, organization, ...rest } = withExtras(
      part(values),
      read,
    ) as Record<string, unknown> & MetricEntryLinks
    rest['scope'] ??= screening ? 'screening' : organization ? 'organization' : 'campaign'
    const input = {
      ...rest,
      metricId: LINK_PENDING,
      ...(screening ? { screeningId: LINK_PENDING } : {}),
      ...(organization ? { organizationId: LINK_PENDING } : {}),
    }
    const entry = checked(metricEntrySchema, input, row, '', issues)
    const links = {
      metric,
      ...(campaign ? { campaign } : {}),
      ...(screening ? { screening } : {}),
      ...(organization ? { organization } : {}),
    }
    if (entry) out.metricEntry = withId({ ...(entry as RowRecord<MetricEntryFields>), links }, id)
  }
  return out
}
