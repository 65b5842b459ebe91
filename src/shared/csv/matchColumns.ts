import { isPersonalDomain } from '../domain/personalDomains'
import { parseUrl } from './parseUrl'
import type { ImportEntity, ImportField } from './importField'
import { importFieldsFor } from './importFieldsFor'
import { normaliseHeader } from './normaliseHeader'
import { similarity } from './similarity'

export type MatchReason =
  /** The header the exporter writes, or the field's key. */
  | 'exact'
  /** A header another tool writes for this field. */
  | 'synonym'
  /** A known header with a prefix or suffix ("Attendee email", "Cell phone"). */
  | 'partial'
  /** Close in spelling ("Adress", "Organsation"). */
  | 'fuzzy'
  /** A header known to hold something we do not import ("E-mail 1 - Label"). */
  | 'ignored'
  /**
   * Another column matched this one-value field better: this one fills it where that one is
   * empty, and a different value of its is kept as a note.
   */
  | 'taken'
  /** A site column whose values are profile links: the person's, never the organization's. */
  | 'profileLinks'
  | 'none'

export type ColumnMatch = {
  column: number
  header: string
  /** The field's key, or null: the column is left out (or kept as notes, if the user wants). */
  field: string | null
  /** 0 to 1: how sure the match is; the UI asks the user to confirm anything under 0.9. */
  confidence: number
  reason: MatchReason
}

/** Headers some tools write beside the ones we import, which resemble them in spelling. */
const ignoredHeader = new RegExp(
  [
    '\\b(label|display name|prefix|suffix|nickname|initials)$',
    '\\b(phonetic|yomi)\\b',
    '\\b(email|phone|address|website)( \\d+)? type$',
  ].join('|'),
)

/**
 * Words too general to match on their own at the end of a longer header ("Ticket type"), or as
 * a field's key ("ID" is any tool's id, not the record id an export writes).
 */
const tooGeneral = new Set([
  'name',
  'type',
  'status',
  'date',
  'title',
  'notes',
  'source',
  'stage',
  'id',
  // "Contact owner", "Contact ID": a person's name column only when it says just "Contact".
  'contact',
])

/** Words that make a known header about a plan, not a fact ("Expected audience", "Target RSVPs"). */
const notYet = /\b(expected|planned|projected|target|goal|estimated|max|maximum|min|minimum)\b/

const FUZZY_THRESHOLD = 0.8

/** The fields that give an organization its site, and so its domain. */
const ORGANIZATION_SITE = /^(organization\.)?(website|domain)$/

/** Whether most of a column's sample values are on a social network or a link shortener. */
function holdsProfileLinks(values: readonly string[]): boolean {
  const hosts = values
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      const url = parseUrl(value)
      return url ? new URL(url).hostname : ''
    })
  const personal = hosts.filter((host) => host && isPersonalDomain(host))
  return personal.length > 0 && personal.length * 2 >= hosts.length
}

type Candidate = { field: ImportField; names: { text: string; reason: 'exact' | 'synonym' }[] }

function candidatesOf(fields: readonly ImportField[]): Candidate[] {
  return fields.map((field) => ({
    field,
    names: [
      { text: normaliseHeader(field.header), reason: 'exact' as const },
      // The key too ("firstName"), unless it is a word too general to trust (Outlook's "Title").
      ...[normaliseHeader(field.key.replace(/([a-z])([A-Z])/g, '$1 $2'))]
        .filter((key) => !tooGeneral.has(key))
        .map((text) => ({ text, reason: 'exact' as const })),
      ...field.synonyms.map((synonym) => ({
        text: normaliseHeader(synonym),
        reason: 'synonym' as const,
      })),
    ],
  }))
}

function bestMatch(
  header: string,
  candidates: Candidate[],
): Omit<ColumnMatch, 'column' | 'header'> {
  const text = normaliseHeader(header)
  if (!text) return { field: null, confidence: 0, reason: 'none' }
  for (const reason of ['exact', 'synonym'] as const)
    for (const { field, names } of candidates)
      if (names.some((name) => name.reason === reason && name.text === text))
        return { field: field.key, confidence: reason === 'exact' ? 1 : 0.95, reason }
  if (ignoredHeader.test(text)) return { field: null, confidence: 0.9, reason: 'ignored' }
  let best: Omit<ColumnMatch, 'column' | 'header'> = { field: null, confidence: 0, reason: 'none' }
  // An email column is an email, whatever word it ends with ("Email Address" is no address).
  const email = /\be-?mail\b/.test(text)
  for (const { field, names } of candidates)
    for (const name of names) {
      if (email && field.type !== 'email') continue
      const partial =
        !tooGeneral.has(name.text) &&
        name.text.length >= 5 &&
        (text.endsWith(` ${name.text}`) || text.startsWith(`${name.text} `)) &&
        !notYet.test(text.replace(name.text, ''))
      if (partial && best.confidence < 0.8)
        best = { field: field.key, confidence: 0.8, reason: 'partial' }
      const score = similarity(text, name.text)
      if (score >= FUZZY_THRESHOLD && score * 0.85 > best.confidence)
        best = { field: field.key, confidence: score * 0.85, reason: 'fuzzy' }
    }
  return best
}

/**
 * "Title" is a salutation in Outlook ("Ms.") and so left out; beside a "Salutation" column
 * (Salesforce, HubSpot) it is the person's job title.
 */
function jobTitleBesideSalutation(matches: ColumnMatch[], fields: readonly ImportField[]) {
  if (!matches.some((match) => normaliseHeader(match.header) === 'salutation')) return
  const jobTitle = fields.find((field) => /^(contact\.)?title$/.test(field.key))
  const column = matches.find((match) => normaliseHeader(match.header) === 'title' && !match.field)
  if (jobTitle && column && !matches.some((match) => match.field === jobTitle.key))
    Object.assign(column, { field: jobTitle.key, confidence: 0.95, reason: 'synonym' })
}

/**
 * Matches each column of a file to an importable field: the exporter's own headers first, then
 * the synonyms of real tools (Google Contacts, Outlook, LinkedIn, Mailchimp, Eventbrite, Action
 * Network, HubSpot, hand-made sheets), then a known header inside a longer one, then spelling.
 * A multi-value field (emails, phones, tags) takes every column that matches it ("E-mail 1 -
 * Value", "E-mail 2 - Value"); a one-value field too (see createRowReader), its most confident
 * column marked as the match and the others as `taken`.
 */
export function matchColumns(
  headers: readonly string[],
  entity: ImportEntity,
  /** The first data rows, when known: a site column of profile links goes to the person. */
  samples: readonly (readonly string[])[] = [],
): ColumnMatch[] {
  const fields = importFieldsFor(entity)
  const candidates = candidatesOf(fields)
  const links = fields.find((field) => /(^|\.)links$/.test(field.key))?.key ?? null
  const matches: ColumnMatch[] = headers.map((header, column) => {
    const match = { column, header, ...bestMatch(header, candidates) }
    const values = samples.map((row) => row[column] ?? '')
    // An organizations file has no person: a group whose site is its social page keeps it there
    // (its domain is never taken from it, see domainOf).
    // A column that says it is the organization's ("Organization website") stays its.
    return links &&
      match.reason !== 'exact' &&
      ORGANIZATION_SITE.test(match.field ?? '') &&
      holdsProfileLinks(values)
      ? { ...match, field: links, confidence: 0.9, reason: 'profileLinks' as const }
      : match
  })
  jobTitleBesideSalutation(matches, fields)
  const multi = new Set(fields.filter((field) => field.multi).map((field) => field.key))
  const byConfidence = [...matches].sort(
    (a, b) => b.confidence - a.confidence || a.column - b.column,
  )
  const taken = new Set<string>()
  for (const match of byConfidence) {
    if (!match.field || multi.has(match.field)) continue
    // A second column for a one-value field keeps it: the row reader takes the first cell (in
    // the file's order) that has a value, and keeps a different one as a note ("Business City"
    // and "Home City").
    // The record id is never read from two columns: two ids would name two records. A column
    // only like the field in spelling ("Business Street" beside "Business State") is not it.
    if (taken.has(match.field))
      Object.assign(match, {
        field: match.field !== 'id' && match.confidence >= 0.9 ? match.field : null,
        reason: 'taken',
      })
    else taken.add(match.field)
  }
  return matches
}
