import { describe, expect, it } from 'vitest'
import { createCsvReader, dateFormats, matchColumns, type DateFormat } from '../csv'
import { seededRandom } from '../csv/seededRandom'
import { contactSchema } from '../domain/contact'
import { metricScopes } from '../domain/metricEntry'
import { organizationSchema, organizationTypes, partnershipStages } from '../domain/organization'
import {
  accessibilityFlags,
  licenceTypes,
  qaKinds,
  screeningSchema,
  screeningStatuses,
  screeningTypes,
} from '../domain/screening'
import { createRowReader } from '../import/createRowReader'
import { rowRecords, type RowRecords } from '../import/rowRecords'
import { csvHead, csvText } from './csvText'
import { essentialColumns } from './essentialColumns'
import { exportFieldsFor } from './exportFieldsFor'
import type { ExportEntity, ExportOptions } from './exportOptions'
import { exportValues } from './exportValues'
import { noLinkNames, type LinkNames } from './linkNames'
import { recordRow } from './recordRow'

type Random = () => number
type Item = Record<string, unknown>
/** Campaigns are exported but never imported: their files are not read back. */
type ReadBackEntity = Exclude<ExportEntity, 'campaigns'>

// Quotes, both delimiters, line breaks, accents, emoji, formula starts (full-width too), spaces.
const alphabet = [
  ...'abcXYZ 019',
  ...'=+-@\t\r\n',
  ...'＝＋－＠',
  ...'",;|\'',
  ...'éñçÎ',
  '😀',
  '👩🏽‍🔬',
  '\u00a0',
  '\r\n',
]

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T
const maybe = <T>(random: Random, make: () => T): T | undefined =>
  random() < 0.3 ? undefined : make()

function text(random: Random, max = 14): string {
  let out = ''
  const length = 1 + Math.floor(random() * max)
  for (let i = 0; i < length; i++) out += pick(random, alphabet)
  return out
}

/** Text as the schemas keep it for a trimmed field: no edge spaces, never blank. */
function trimmed(random: Random): string {
  const value = text(random).trim()
  return value === '' ? 'x' : value
}

/**
 * One value of a multi-value cell: the importer splits on ";" (and lists of words such as tags
 * on pipes and commas too, unwrapping a quoted one) and trims, so none of those.
 */
function item(random: Random): string {
  return (
    trimmed(random)
      .replace(/[;,|]/g, ' ')
      .replace(/^"+|"+$/g, '')
      .trim() || 'y'
  )
}

const list = (random: Random, make: () => string) => [
  ...new Set(Array.from({ length: Math.floor(random() * 4) }, make)),
]

/** Notes keep their spaces, but a blank cell is no value. */
const notes = (random: Random) => (random() < 0.3 ? '' : `${text(random)}.`)
const day = (random: Random) =>
  new Date(Date.UTC(1950 + Math.floor(random() * 100), 0, 1 + Math.floor(random() * 365)))
    .toISOString()
    .slice(0, 10)
const number = (random: Random) =>
  pick(random, [
    () => Math.round(random() * 1000),
    () => -Math.round(random() * 1e6) / 100,
    () => random() * 1e-7,
    () => random() * 1e22,
    () => 0,
    () => 1234567.891,
  ])()
const strength = (random: Random) => maybe(random, () => 1 + Math.floor(random() * 5))
const email = (random: Random) =>
  `${pick(random, ['ana', 'o.brien', 'jean-b', 'x_1'])}${Math.floor(random() * 1e4)}@${pick(random, ['example.org', 'ufcw.ca', 'x-ämple.fr'.replace('ä', 'a')])}`

function organization(random: Random): Item {
  return organizationSchema.parse({
    name: trimmed(random),
    aliases: list(random, () => item(random)),
    type: pick(random, organizationTypes),
    website: maybe(random, () => `https://${pick(random, ['a.org', 'www.b.ca', 'c.ht'])}/`),
    domain: maybe(random, () => pick(random, ['d.org', 'e.fr'])),
    city: maybe(random, () => trimmed(random)),
    region: maybe(random, () => trimmed(random)),
    country: maybe(random, () => trimmed(random)),
    languages: list(random, () => pick(random, ['en', 'es', 'fr', 'ht', 'ar', 'Kreyòl'])),
    tags: list(random, () => item(random)),
    stage: pick(random, partnershipStages),
    strength: strength(random),
    owner: maybe(random, () => trimmed(random)),
    notes: notes(random),
  })
}

function contact(random: Random): Item {
  const emails = list(random, () => email(random)).map((address, index) => ({
    address,
    primary: index === 0,
  }))
  return contactSchema.parse({
    firstName: trimmed(random),
    lastName: random() < 0.2 ? '' : trimmed(random),
    emails,
    phones: list(random, () =>
      pick(random, ['+1 416 555 0100', '(509) 3456-7890', '555.0199']),
    ).map((phone, index) => ({ number: phone, primary: index === 0 })),
    title: maybe(random, () => trimmed(random)),
    preferredLanguage: maybe(random, () => pick(random, ['es', 'ht', 'ar'])),
    pronouns: maybe(random, () => trimmed(random)),
    consent: {
      given: random() < 0.5,
      source: maybe(random, () => trimmed(random)),
      date: maybe(random, () => day(random)),
    },
    sensitive: random() < 0.3,
    tags: list(random, () => item(random)),
    strength: strength(random),
    notes: notes(random),
    organizationNames: list(random, () => item(random)),
  })
}

const zones = [
  'UTC',
  'America/Toronto',
  'Europe/Paris',
  'Asia/Kolkata',
  'America/Port-au-Prince',
  'Australia/Lord_Howe',
]

function screening(random: Random): Item {
  const startsAt = maybe(random, () => {
    const seconds = random() < 0.2 ? Math.floor(random() * 60) : 0
    const minutes = Math.floor(random() * 60 * 24 * 365 * 50)
    return new Date(Date.UTC(1990, 0, 1) + minutes * 60_000 + seconds * 1000).toISOString()
  })
  return screeningSchema.parse({
    campaignId: pick(random, ['c1', 'c2']),
    title: trimmed(random),
    type: pick(random, screeningTypes),
    startsAt,
    timeZone: pick(random, zones),
    durationMinutes: maybe(random, () => 1 + Math.floor(random() * 300)),
    venue: {
      name: maybe(random, () => trimmed(random)),
      address: maybe(random, () => trimmed(random)),
      city: maybe(random, () => trimmed(random)),
      country: maybe(random, () => trimmed(random)),
      capacity: maybe(random, () => Math.floor(random() * 1000)),
    },
    hostOrganizationId: maybe(random, () => pick(random, ['o1', 'o2'])),
    coPresenters: list(random, () => pick(random, ['o1', 'o2', 'o3'])).map((organizationId) => ({
      organizationId,
    })),
    licence: {
      type: pick(random, licenceTypes),
      fee: maybe(random, () => Math.abs(number(random))),
      currency: pick(random, ['USD', 'CAD', 'EUR', 'HTG']),
      ticketed: random() < 0.5,
    },
    qa: { kind: pick(random, qaKinds), notes: maybe(random, () => trimmed(random)) },
    status: pick(random, screeningStatuses),
    accessibility: {
      ...Object.fromEntries(accessibilityFlags.map((flag) => [flag, random() < 0.5])),
      aslScope: maybe(random, () => trimmed(random)),
      subtitleLanguages: list(random, () => pick(random, ['en', 'es', 'fr', 'ht'])),
      interpretationLanguages: list(random, () => pick(random, ['ar', 'es'])),
    },
    callToAction: maybe(random, () => trimmed(random)),
    rsvps: maybe(random, () => Math.floor(random() * 500)),
    ticketsSold: maybe(random, () => Math.floor(random() * 500)),
    attendance: maybe(random, () => Math.floor(random() * 500)),
    attendanceEstimated: random() < 0.5,
    hostReport: maybe(random, () => ({
      whyThisFilm: maybe(random, () => trimmed(random)),
      whatWasUseful: maybe(random, () => trimmed(random)),
      notes: maybe(random, () => trimmed(random)),
    })),
  })
}

function metricEntry(random: Random): Item {
  const scope = pick(random, metricScopes)
  return {
    metricId: pick(random, ['m1', 'm2']),
    value: number(random),
    date: day(random),
    periodEnd: maybe(random, () => day(random)),
    scope,
    ...(scope === 'screening' ? { screeningId: pick(random, ['s1', 's2']) } : {}),
    ...(scope === 'organization' ? { organizationId: pick(random, ['o1', 'o3']) } : {}),
    source: random() < 0.3 ? '' : trimmed(random),
    estimated: random() < 0.5,
    notes: notes(random),
  }
}

const makers: Record<ReadBackEntity, (random: Random) => Item> = {
  organizations: organization,
  contacts: contact,
  screenings: screening,
  metricEntries: metricEntry,
}

/** Linked records named with the same hard text as the cells (names are trimmed). */
function linkNames(random: Random): LinkNames {
  return {
    campaigns: new Map([
      ['c1', trimmed(random)],
      ['c2', `=${trimmed(random)}`],
    ]),
    organizations: new Map([
      ['o1', item(random)],
      ['o2', `-${item(random)}`],
      ['o3', `${item(random)} 2`],
    ]),
    metrics: new Map([
      ['m1', { name: trimmed(random), campaignId: 'c1' }],
      ['m2', { name: `@${trimmed(random)}`, campaignId: 'c2' }],
    ]),
    screenings: new Map([
      ['s1', trimmed(random)],
      ['s2', `+${trimmed(random)}`],
    ]),
  }
}

const isAbsent = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
const comparable = (value: unknown) => (isAbsent(value) ? undefined : value)

/** A record's values read back from a row: links by the names the row gave. */
function readBackValues(entity: ReadBackEntity, records: RowRecords): (key: string) => unknown {
  const record = records.organization ?? records.contact ?? records.screening ?? records.metricEntry
  const fields: Item = { ...(record?.fields as Item), id: record?.id }
  if (entity === 'contacts') fields['organizationNames'] = records.organizationNames ?? []
  const values = exportValues(entity, fields, noLinkNames)
  const links = (records.screening?.links ?? records.metricEntry?.links ?? {}) as Item
  return (key) => (key in links ? links[key] : values(key))
}

const encoder = new TextEncoder()

function exportAndReadBack(random: Random, entity: ReadBackEntity) {
  const fields = exportFieldsFor(entity)
  // A random choice of columns, in a random order (always the ones a record needs).
  const columns = [...fields]
    .filter((field) => essentialColumns(entity).includes(field.key) || random() < 0.7)
    .sort(() => random() - 0.5)
  const options: ExportOptions = {
    columns: columns.map((field) => field.key),
    bom: random() < 0.5,
    delimiter: random() < 0.5 ? ',' : ';',
    dateFormat: pick(random, Object.keys(dateFormats) as DateFormat[]),
    includeSensitive: true,
  }
  const names = linkNames(random)
  const records = Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
    ...makers[entity](random),
    id: `${Math.floor(random() * 1e9).toString(36)}-${text(random, 4).trim()}`,
  }))
  const rows = records.map((record) => recordRow(entity, record, columns, names, options))
  const csv =
    csvHead(
      columns.map((field) => field.header),
      options,
    ) + csvText(rows, options)

  const bytes = encoder.encode(csv)
  const reader = createCsvReader({ delimiter: options.delimiter, encoding: 'utf-8' })
  // Chunks of a few bytes, so quotes, line breaks and emoji cross chunk boundaries.
  const read = []
  for (let at = 0; at < bytes.length; at += 64)
    read.push(...reader.push(bytes.subarray(at, at + 64)))
  read.push(...reader.end())
  const headers = reader.report().headers
  const rowReader = createRowReader(headers, {
    entity,
    overrides: {},
    columns: matchColumns(headers, entity).map((match) => match.field ?? ''),
    defaults: {},
    valueOptions: {
      dateFormat: options.dateFormat,
      decimalMark: options.delimiter === ';' ? ',' : '.',
    },
    policy: 'update',
  })
  return { records, names, columns, headers, read, rowReader, csv }
}

describe('export round trip', () => {
  it(
    'exports and reads back 1,200 generated tables unchanged, whatever the options',
    { timeout: 60_000 },
    () => {
      const random = seededRandom(20261205)
      const entities = Object.keys(makers) as ReadBackEntity[]
      for (let table = 0; table < 1200; table++) {
        const entity = entities[table % entities.length] as ReadBackEntity
        const { records, names, columns, headers, read, rowReader, csv } = exportAndReadBack(
          random,
          entity,
        )
        const context = `table ${table} (${entity}):\n${csv}`
        expect(headers, context).toEqual(columns.map((field) => field.header))
        expect(read.length, context).toBe(records.length)
        const back = read.map((row) => rowRecords(entity, rowReader.read(row)))
        expect(
          back.flatMap((records) => records.issues),
          context,
        ).toEqual([])
        const pairs = (values: (key: string) => unknown) =>
          Object.fromEntries(columns.map((field) => [field.key, comparable(values(field.key))]))
        expect(
          back.map((records) => pairs(readBackValues(entity, records))),
          context,
        ).toEqual(records.map((record) => pairs(exportValues(entity, record, names))))
      }
    },
  )
})
