import type { ImportEntity } from '../../src/shared/csv'

/**
 * Texts a record's notes must hold: a column kept as a note ("Header: value"), the file's own
 * notes, a bad value kept beside the record. Each is looked for in the notes as it stands, so
 * other kept columns may sit beside them; `{ exactly }` when the notes must be just that.
 */
export type ExpectedNotes = string[] | { exactly: string }

/**
 * A person after the import. Fields left out mean "empty" for the lists (emails, phones,
 * links, tags, organizations) and the texts (middle name, job title, language, pronouns,
 * city, region, country); consent, sensitive and strength are compared only when given.
 */
export type ExpectedContact = {
  firstName: string
  middleName?: string
  lastName: string
  /** Addresses, the primary one first. */
  emails?: string[]
  /** Numbers as the file wrote them, the primary one first. */
  phones?: string[]
  title?: string
  preferredLanguage?: string
  pronouns?: string
  city?: string
  region?: string
  country?: string
  links?: string[]
  tags?: string[]
  consent?: { given: boolean; source?: string; date?: string }
  sensitive?: boolean
  strength?: number
  organizationNames?: string[]
  notes?: ExpectedNotes
}

/**
 * A partner after the import. Left out: type "other", stage "prospect", no domain, city,
 * region, country, owner, tags or languages; the website and strength are compared when given.
 */
export type ExpectedOrganization = {
  name: string
  type?: string
  website?: string
  domain?: string
  city?: string
  region?: string
  country?: string
  tags?: string[]
  languages?: string[]
  stage?: string
  strength?: number
  owner?: string
  notes?: ExpectedNotes
}

/** A person's role at a partner, both named as above (the person by first and last name). */
export type ExpectedAffiliation = { contact: string; organization: string; role?: string }

/** A screening: only the fields given are compared; linked records are named. */
export type ExpectedScreening = {
  title: string
  campaign: string
  type?: string
  /** An ISO instant in UTC. */
  startsAt?: string
  timeZone?: string
  /** '' for a venue field that must be empty. */
  venue?: { name?: string; address?: string; city?: string; country?: string; capacity?: number }
  host?: string
  coPresenters?: string[]
  status?: string
  /** The accessibility flags that are on, all others off. */
  access?: string[]
  licence?: { fee?: number; currency?: string }
  /** Counted attendance; null when the screening must have none. */
  attendance?: number | null
  /** Columns no screening field takes, kept in the screening's notes. */
  notes?: ExpectedNotes
  /** The host report's notes ("Report notes"). */
  reportNotes?: string
}

export type ExpectedMetricDefinition = { name: string; campaign: string }

export type ExpectedMetricEntry = {
  metric: string
  value: number
  date: string
  scope: 'campaign' | 'screening' | 'organization'
  screening?: string
  source?: string
  estimated?: boolean
  notes?: ExpectedNotes
}

/** Every record the workspace holds after the import: each list is exact (nothing else made). */
export type ExpectedRecords = {
  contacts?: ExpectedContact[]
  organizations?: ExpectedOrganization[]
  affiliations?: ExpectedAffiliation[]
  campaigns?: string[]
  screenings?: ExpectedScreening[]
  metricDefinitions?: ExpectedMetricDefinition[]
  metricEntries?: ExpectedMetricEntry[]
}

/** What the user does besides accepting the wizard's defaults, because the file needs it. */
export type Choice =
  /** A default value typed on the Columns step, for a field the file has no column for. */
  { kind: 'default'; field: string; value: string }

export type CorpusFile = {
  file: string
  /** The kind of file the wizard should guess from the headers alone. */
  entity: ImportEntity
  /** Data rows, which a second import of the file must all report unchanged. */
  rows: number
  choices?: Choice[]
  /** What the review must point out before the first import. */
  review?: {
    /** File rows (as a spreadsheet numbers them) whose local time a clock change skips or repeats. */
    clockChanges?: number[]
    /** Texts the row warnings must show (a bad value kept in the notes). */
    warnings?: string[]
  }
  records: ExpectedRecords
  /** Why the file does not import right yet: it stays out of the e2e run until it does. */
  fails?: string
  /** What the sniffer must find (unit test over the CSV reader). */
  sniff: {
    encoding: 'utf-8' | 'utf-16le' | 'windows-1252'
    bom: boolean
    delimiter: ',' | ';' | '\t'
    /** 0-based line of the header row. */
    headerRow: number
    lineEnding: 'crlf' | 'lf'
    headers: number
  }
}
