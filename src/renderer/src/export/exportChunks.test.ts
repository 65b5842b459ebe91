import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { matchColumns, sniff } from '../../../shared/csv'
import {
  defaultExportOptions,
  exportFieldsFor,
  type ExportEntity,
  type ExportOptions,
} from '../../../shared/export'
import type { ImportSettings } from '../../../shared/import/importSettings'
import { ImpactDeskDb } from '../db/db'
import { orderedIds } from '../db/tableQuery'
import type { ImportSource } from '../import/importSource'
import { reviewImport } from '../import/reviewImport'
import { runImport } from '../import/runImport'
import { contactSchema } from '../../../shared/domain/contact'
import { exportChunks, type ExportOrder } from './exportChunks'

/** Campaigns are exported but never imported: their files are not read back. */
type ReadBackEntity = Exclude<ExportEntity, 'campaigns'>

let db: ImpactDeskDb
beforeEach(async () => {
  db = new ImpactDeskDb(`export-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

const encode = (text: string) => new TextEncoder().encode(text)

function source(bytes: Uint8Array): ImportSource {
  return {
    name: 'export.csv',
    size: bytes.length,
    read: async (offset, length) => bytes.slice(offset, offset + Math.min(length, 4096)),
  }
}

/** The settings the import wizard proposes for a file: its columns matched, update mode. */
function settingsFor(
  bytes: Uint8Array,
  entity: ReadBackEntity,
  dateFormat: ImportSettings['valueOptions']['dateFormat'] = 'iso',
) {
  const found = sniff(bytes)
  const headers = found.preview[found.headerRow.index] ?? []
  const settings: ImportSettings = {
    entity,
    overrides: {
      encoding: found.encoding.encoding,
      delimiter: found.delimiter.delimiter,
      headerRow: found.headerRow.index,
    },
    columns: matchColumns(headers, entity).map((match) => match.field ?? ''),
    defaults: {},
    valueOptions: { dateFormat, decimalMark: found.delimiter.delimiter === ';' ? ',' : '.' },
    policy: 'update',
  }
  return { settings, headers }
}

async function importText(text: string, entity: ReadBackEntity) {
  const bytes = encode(text)
  const { settings, headers } = settingsFor(bytes, entity)
  const run = await runImport(db, source(bytes), settings, headers)
  expect(run.status).toBe('committed')
  return run
}

const sortBy: Record<ReadBackEntity, string> = {
  organizations: 'name',
  contacts: 'lastName',
  screenings: 'startKey',
  metricEntries: 'date',
}

async function exportAll(entity: ReadBackEntity, options: Partial<ExportOptions> = {}) {
  const ids = await orderedIds(db[entity] as never, sortBy[entity], 'asc')
  const columns = exportFieldsFor(entity).map((field) => field.key)
  let text = ''
  for await (const chunk of exportChunks(db, entity, ids, {
    ...defaultExportOptions,
    columns,
    ...options,
  }))
    text += chunk
  return text
}

async function reviewAgain(text: string, entity: ReadBackEntity, options: Partial<ExportOptions>) {
  const bytes = encode(text)
  const { settings } = settingsFor(bytes, entity, options.dateFormat ?? 'iso')
  const review = await reviewImport(db, source(bytes), settings)
  return review.counts.byRow
}

const flavours: Partial<ExportOptions>[] = [
  {},
  { bom: false },
  { delimiter: ';' },
  { delimiter: ';', bom: true, dateFormat: 'dmySlash' },
  { dateFormat: 'dMonY' },
]

const partners = [
  'Name,Type,Website,City,Tags,Partnership stage,Relationship strength,Notes',
  'UFCW Local 1,Union,ufcw.org,Toronto,"labour; speaker, panel",Committed,1,"=SUM(A1) said the sheet"',
  '"Bogotá Cine, Colectivo",Festival,,Bogotá,,Prospect,,"two',
  'lines"',
  '-Minus Media,Media,https://minus.example.org,,＝wide,,5,  spaced  ',
].join('\n')

it('partners: an export imports back with every row unchanged, in every flavour', async () => {
  const first = await importText(partners, 'organizations')
  expect(first.counts.byRow).toMatchObject({ created: 3 })
  for (const options of flavours) {
    const text = await exportAll('organizations', options)
    expect(await reviewAgain(text, 'organizations', options)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      skipped: 0,
    })
  }
})

const people = [
  'First name,Last name,Emails,Phones,Tags,Sensitive,Consent date,Notes,Organizations',
  'Marisol,Peña,marisol@example.org; m.pena@example.net,+1 416 555 0100,speaker,no,2024-02-29,"+1 for the panel",UFCW Local 1',
  'Layla,Haddad,layla@example.org,,interpreter,yes,,,',
  'Jean,Baptiste,jean@example.ht,,@mention; 😀,no,,"Kreyòl;',
  'line two",',
].join('\n')

it('contacts: leaves people flagged sensitive out unless asked, and imports back unchanged', async () => {
  await importText(people, 'contacts')
  const withoutSensitive = await exportAll('contacts')
  expect(withoutSensitive).not.toContain('Layla')
  expect(withoutSensitive).toContain("'@mention; 😀")
  expect(withoutSensitive).toContain(`"'+1 for the panel"`.slice(1, -1))
  for (const options of flavours) {
    const text = await exportAll('contacts', { ...options, includeSensitive: true })
    expect(text).toContain('Layla')
    expect(await reviewAgain(text, 'contacts', options)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    })
  }
})

const screenings = [
  'Title,Campaign,Type,Start,Time zone,Host partner,Co-presenting partners,Fee,Closed captions,Attendance',
  'Hot Docs premiere,Union Time,Festival,2024-04-28 18:30,America/Toronto,UFCW Local 1,Bogotá Cine,1250.5,yes,412',
  '"=Tricky, title",Union Time,Community,2024-11-03 01:30,America/Toronto,,,,no,',
].join('\n')

it('screenings: the campaign and partners are written by name and read back unchanged', async () => {
  await importText(screenings, 'screenings')
  for (const options of flavours) {
    const text = await exportAll('screenings', options)
    expect(text).toContain('Union Time')
    expect(text).toContain('UFCW Local 1')
    expect(await reviewAgain(text, 'screenings', options)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    })
  }
})

const metricValues = [
  'Metric,Campaign,Value,Date,Belongs to,Screening,Notes',
  'Pledges,Union Time,12.75,2024-05-01,Campaign,,',
  'Pledges,Union Time,-3,2024-05-02,Campaign,,"-3 is a correction"',
].join('\n')

it('metric values: named by metric and campaign, and read back unchanged', async () => {
  await importText(metricValues, 'metricEntries')
  for (const options of flavours) {
    const text = await exportAll('metricEntries', options)
    expect(await reviewAgain(text, 'metricEntries', options)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    })
  }
})

it('a large view is read along its index in the same order as by id, duplicate keys across pages', async () => {
  const at = new Date().toISOString()
  // 1,700 people sharing 3 last names: each name spans several pages of the index.
  await db.contacts.bulkAdd(
    Array.from({ length: 1_700 }, (_, index) => ({
      ...contactSchema.parse({
        firstName: `P${index}`,
        lastName: ['Achebe', 'Baptiste', 'Côté'][index % 3],
      }),
      searchWords: [],
      emailKeys: [],
      nameKey: '',
      id: `c-${String((index * 7919) % 1_700).padStart(4, '0')}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: '',
    })),
  )
  const all = await orderedIds(db.contacts as never, 'lastName', 'asc')
  // A filtered view: every third one left out.
  const ids = all.filter((_, index) => index % 3 !== 1)
  const options = { ...defaultExportOptions, columns: ['firstName', 'lastName'] }
  const read = async (order?: ExportOrder) => {
    let text = ''
    for await (const chunk of exportChunks(db, 'contacts', ids, options, undefined, order))
      text += chunk
    return text
  }
  const byId = await read()
  const alongIndex = await read({ sortBy: 'lastName', direction: 'asc' })
  expect(byId.split('\r\n')).toHaveLength(ids.length + 2)
  expect(alongIndex).toBe(byId)
})

/** Every table but the import runs themselves, each in id order. */
async function workspace() {
  const tables = db.tables.filter((table) => table.name !== 'importRuns')
  return Object.fromEntries(
    await Promise.all(tables.map(async (table) => [table.name, await table.toArray()])),
  )
}

async function importCreatingAll(text: string, entity: ReadBackEntity) {
  const bytes = encode(text)
  const { settings, headers } = settingsFor(bytes, entity)
  await runImport(db, source(bytes), { ...settings, policy: 'create' }, headers)
}

it('namesakes and shared emails: an export imports back onto the records it came from, by their id', async () => {
  await importCreatingAll(
    ['Name,City', 'Acme Films,Toronto', 'Acme Films,Montréal', 'UFCW Local 1,'].join('\n'),
    'organizations',
  )
  await importCreatingAll(
    [
      'First name,Last name,Emails,Job title,Organizations',
      'Ana,López,,Organizer,',
      'Ana,López,,Teacher,',
      'Sam,Lee,sam@example.org,Director,',
      'Samantha,Lee,sam@example.org,Producer,UFCW Local 1',
    ].join('\n'),
    'contacts',
  )
  await importCreatingAll(
    [
      'Title,Campaign,Start,Time zone,Attendance',
      'Premiere,Union Time,2024-04-28 18:30,America/Toronto,10',
      'Premiere,Union Time,2024-04-28 18:30,America/Toronto,20',
    ].join('\n'),
    'screenings',
  )
  await importCreatingAll(
    [
      'Metric,Campaign,Value,Date,Belongs to',
      'Pledges,Union Time,5,2024-05-01,Campaign',
      'Pledges,Union Time,7,2024-05-01,Campaign',
    ].join('\n'),
    'metricEntries',
  )
  expect([await db.organizations.count(), await db.contacts.count()]).toEqual([3, 4])
  expect([await db.screenings.count(), await db.metricEntries.count()]).toEqual([2, 2])
  const before = await workspace()

  // Without the id column, namesakes fall onto one record, whose values the later rows do not
  // replace, and the review says so: the reason the column is there.
  const withoutId = exportFieldsFor('contacts')
    .map((field) => field.key)
    .filter((key) => key !== 'id')
  const bytes = encode(await exportAll('contacts', { columns: withoutId }))
  const { settings } = settingsFor(bytes, 'contacts', 'iso')
  const merged = await reviewImport(db, source(bytes), settings)
  expect(merged.counts.byRow).toMatchObject({ created: 0, updated: 0 })
  expect(merged.rowWarnings.flatMap((row) => row.issues.map((issue) => issue.code))).toEqual([
    'sameRecordDiffers',
    'sameRecordDiffers',
  ])

  const rows = { organizations: 3, contacts: 4, screenings: 2, metricEntries: 2 }
  for (const [entity, count] of Object.entries(rows) as [ReadBackEntity, number][]) {
    const exported = await exportAll(entity, { includeSensitive: true })
    expect(exported.split('\r\n')[0]).toMatch(/,Impact Desk ID$/)
    const run = await importText(exported, entity)
    expect(run.counts.byRow, entity).toEqual({
      created: 0,
      updated: 0,
      unchanged: count,
      skipped: 0,
    })
  }
  expect(await workspace()).toEqual(before)
})
