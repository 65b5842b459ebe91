import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { fixtures } from '../../../shared/csv/loadFixtures'
import type { DuplicatePolicy, ImportSettings } from '../../../shared/import/importSettings'
import { ImpactDeskDb } from '../db/db'
import { draftFor } from '../features/imports/wizard/wizardDraft'
import type { ImportSource } from './importSource'
import { reviewImport } from './reviewImport'
import { rollbackImportRun, rollbackInterruptedImports } from './rollbackImportRun'
import { ImportStopped, runImport } from './runImport'
import { isStorageFull } from '../storage/storageFull'

let db: ImpactDeskDb
beforeEach(async () => {
  db = new ImpactDeskDb(`import-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

const encode = (text: string) => new TextEncoder().encode(text)

/** A file in memory, read in small pieces so that rows cross chunk boundaries. */
function source(bytes: Uint8Array, name = 'sheet.csv'): ImportSource {
  return {
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.slice(offset, offset + Math.min(length, 7)),
  }
}

/** The settings the wizard would start from for this file, as that kind of file. */
function settingsFor(
  bytes: Uint8Array,
  entity: ImportSettings['entity'],
  policy: DuplicatePolicy = 'update',
) {
  const guessed = draftFor(source(bytes), bytes)
  const { settings, headers } = draftFor(source(bytes), bytes, {
    ...guessed.settings,
    entity,
    columns: [],
    valueOptions: { dateFormat: 'iso', decimalMark: '.' },
    policy,
  })
  return { settings, headers }
}

async function importFile(
  bytes: Uint8Array,
  entity: ImportSettings['entity'],
  policy?: DuplicatePolicy,
) {
  const { settings, headers } = settingsFor(bytes, entity, policy)
  return runImport(db, source(bytes), settings, headers)
}

const sheet = fixtures.get('contact-sheet.csv')!

it('imports a contact sheet: organizations, people and their affiliations, tagged with the run', async () => {
  const run = await importFile(sheet, 'contactSheet')
  expect(run.status).toBe('committed')
  expect(run.counts.byTable.organizations.created).toBe(2)
  expect(run.counts.byTable.contacts.created).toBe(2)
  expect(run.counts.byTable.affiliations.created).toBe(2)
  const ana = await db.contacts.where('emailKeys').equals('ana@ufcw.org').first()
  expect(ana).toMatchObject({
    firstName: 'Ana',
    lastName: 'López',
    organizationNames: ['UFCW Local 1'],
    importRunId: run.id,
  })
  const ufcw = await db.organizations.where('domain').equals('ufcw.org').first()
  expect(ufcw).toMatchObject({ name: 'UFCW Local 1', nameKey: 'ufcw local 1' })
  const [affiliation] = await db.affiliations.where('contactId').equals(ana!.id).toArray()
  expect(affiliation).toMatchObject({ organizationId: ufcw!.id, role: 'Organizer' })
  expect(await db.importRuns.get(run.id)).toMatchObject({
    status: 'committed',
    fileName: 'sheet.csv',
  })
})

it('imports the same file again and creates nothing: every record is matched and unchanged', async () => {
  await importFile(sheet, 'contactSheet')
  const again = await importFile(sheet, 'contactSheet')
  expect(again.counts.byRow).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 0 })
  expect(await db.contacts.count()).toBe(2)
  expect(await db.organizations.count()).toBe(2)
  expect(await db.affiliations.count()).toBe(2)
})

it('matches people by email and organizations by domain, then by name in any case and accents', async () => {
  await importFile(sheet, 'contactSheet')
  const changed = encode(
    'Organisation,Name,Email,Role\nufcw LOCAL 1,Ana María López,ANA@ufcw.org,Lead organizer\n',
  )
  const run = await importFile(changed, 'contactSheet')
  expect(run.counts.byTable.organizations).toMatchObject({ created: 0 })
  expect(run.counts.byTable.contacts).toMatchObject({ created: 0, updated: 1 })
  const ana = await db.contacts.where('emailKeys').equals('ana@ufcw.org').first()
  expect(ana?.firstName).toBe('Ana María')
  expect(await db.contacts.count()).toBe(2)
})

it('fill mode writes only blank fields; skip mode leaves matches alone and still creates the rest', async () => {
  await importFile(encode('Name,Email,Job title\nAna López,ana@ufcw.org,\n'), 'contacts')
  await importFile(
    encode('Name,Email,Job title\nAnita,ana@ufcw.org,Organizer\n'),
    'contacts',
    'fill',
  )
  expect(await db.contacts.where('emailKeys').equals('ana@ufcw.org').first()).toMatchObject({
    firstName: 'Ana',
    title: 'Organizer',
  })
  const skip = await importFile(
    encode('Name,Email,Job title\nAnita,ana@ufcw.org,Boss\nBen,ben@hotdocs.ca,\n'),
    'contacts',
    'skip',
  )
  expect(skip.counts.byRow).toMatchObject({ created: 1, skipped: 1 })
  expect((await db.contacts.where('emailKeys').equals('ana@ufcw.org').first())?.title).toBe(
    'Organizer',
  )
})

it('matches a row to an earlier row of the same file', async () => {
  const run = await importFile(
    encode('Name,Email,Tags\nAna,ana@ufcw.org,union\nAna López,ana@ufcw.org,film\n'),
    'contacts',
  )
  expect(run.counts.byRow).toMatchObject({ created: 1, updated: 1 })
  const [ana] = await db.contacts.toArray()
  expect(ana).toMatchObject({ firstName: 'Ana', lastName: 'López', tags: ['union', 'film'] })
})

it('matches across batches: people from before the run, and a person an earlier batch (still being written) created', async () => {
  await importFile(
    encode('Name,Email,Tags\nAna López,ana@ufcw.org,union\nBo Li,bo@ufcw.org,\n'),
    'contacts',
  )
  const bytes = encode(
    [
      'Name,Email,Tags',
      'Cleo Diaz,cleo@example.org,host',
      'Ana López,ana@ufcw.org,film',
      'Dee Roe,dee@example.org,',
      'Cleo Diaz,cleo@example.org,press',
      'Bo Li,bo@ufcw.org,press',
      'Cleo Diaz,cleo@example.org,volunteer',
      'Dee Roe,dee@example.org,host',
    ].join('\n'),
  )
  const { settings, headers } = settingsFor(bytes, 'contacts')
  // Two rows a batch: each batch is planned while the one before it is written.
  const review = await reviewImport(db, source(bytes), settings, { batchRows: 2 })
  const run = await runImport(db, source(bytes), settings, headers, { batchRows: 2 })
  expect(run.counts.byRow).toMatchObject({ created: 2, updated: 5 })
  expect(review.counts.byRow).toMatchObject(run.counts.byRow)
  const tags = new Map((await db.contacts.toArray()).map((c) => [c.emailKeys[0], c.tags]))
  expect(Object.fromEntries(tags)).toEqual({
    'ana@ufcw.org': ['union', 'film'],
    'bo@ufcw.org': ['press'],
    'cleo@example.org': ['host', 'press', 'volunteer'],
    'dee@example.org': ['host'],
  })
})

it('reviews without writing: counts what the run will do and lists the problem rows', async () => {
  await importFile(sheet, 'contactSheet')
  const bytes = encode(
    'Name,Email,Strength\nAna López,ana@ufcw.org,\nCleo,cleo@example.org,9\nDee,dee@example.org,\n',
  )
  const { settings } = settingsFor(bytes, 'contacts')
  const review = await reviewImport(db, source(bytes), settings)
  expect(review.counts.rows).toBe(3)
  expect(review.counts.invalid).toBe(1)
  expect(review.counts.byRow).toMatchObject({ created: 1, unchanged: 1 })
  expect(review.problems).toEqual([
    {
      row: 3,
      name: 'Cleo',
      fields: ['Cleo', 'cleo@example.org', '9'],
      issues: [expect.objectContaining({ code: 'outOfRange', row: 3, column: 2 })],
    },
  ])
  expect(await db.contacts.count()).toBe(2)
  // Fixed in place, the row imports.
  const fixed = await reviewImport(db, source(bytes), settings, {
    fixes: new Map([[3, ['Cleo', 'cleo@example.org', '2']]]),
  })
  expect(fixed.counts.invalid).toBe(0)
  expect(fixed.counts.byRow.created).toBe(2)
})

it('undoes a run: created records removed, updated fields back to their prior values', async () => {
  await importFile(sheet, 'contactSheet')
  const ana = (await db.contacts.where('emailKeys').equals('ana@ufcw.org').first())!
  const update = await importFile(
    encode(
      'Name,Email,Job title,Organization\nAna L.,ana@ufcw.org,Steward,New Union\nZed,zed@x.org,,\n',
    ),
    'contacts',
  )
  expect(update.counts.byRow).toMatchObject({ created: 1, updated: 1 })
  expect((await db.contacts.get(ana.id))?.organizationNames).toEqual(['UFCW Local 1', 'New Union'])
  await rollbackImportRun(db, update.id, 'undone')
  const back = await db.contacts.get(ana.id)
  expect(back).toMatchObject({
    firstName: 'Ana',
    lastName: 'López',
    organizationNames: ['UFCW Local 1'],
  })
  expect(back?.title).toBeUndefined()
  expect(back?.searchWords).not.toContain('steward')
  expect(await db.contacts.count()).toBe(2)
  expect(await db.organizations.count()).toBe(2)
  expect(await db.affiliations.count()).toBe(2)
  expect(await db.importChanges.count()).toBe(0)
  expect((await db.importRuns.get(update.id))?.status).toBe('undone')
})

function manyContacts(count: number): Uint8Array {
  const lines = ['First name,Last name,Email']
  for (let i = 0; i < count; i++) lines.push(`P${i},Q${i},p${i}@example.org`)
  return encode(lines.join('\n'))
}

it(
  'cancelled midway, a run leaves the database exactly as before',
  { timeout: 60_000 },
  async () => {
    await importFile(sheet, 'contactSheet')
    const before = await db.contacts.toArray()
    const bytes = manyContacts(5000)
    const { settings, headers } = settingsFor(bytes, 'contacts')
    const controller = new AbortController()
    const phases: string[] = []
    let heardAtCancel: string | undefined
    const run = runImport(
      db,
      { ...source(bytes), read: async (o, l) => bytes.slice(o, o + l) },
      settings,
      headers,
      {
        signal: controller.signal,
        onProgress: (progress) => {
          phases.push(progress.phase)
          if (progress.rows >= 2000 && !controller.signal.aborted) {
            controller.abort()
            heardAtCancel = phases.at(-1)
          }
        },
      },
    )
    await expect(run).rejects.toEqual(new ImportStopped('cancelled'))
    // Writing stops at Cancel, and the window hears so at once; no progress of writing follows.
    expect(heardAtCancel).toBe('rollingBack')
    expect(phases.slice(phases.indexOf('rollingBack'))).toEqual(['rollingBack'])
    expect(await db.contacts.toArray()).toEqual(before)
    const cancelled = (await db.importRuns.toArray()).find((r) => r.status !== 'committed')
    expect(cancelled?.status).toBe('cancelled')
  },
)

/** The disk fills up after `puts` writes of people: the next one fails as IndexedDB's would. */
function fillDiskAfter(database: ImpactDeskDb, puts: number) {
  let left = puts
  database.use({
    stack: 'dbcore',
    name: 'fullDisk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (request) =>
            name === 'contacts' && request.type === 'put' && left-- <= 0
              ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
              : table.mutate(request),
        }
      },
    }),
  })
}

it('a full disk midway stops the run, says so, and leaves the database exactly as before', async () => {
  await importFile(sheet, 'contactSheet')
  const before = await db.contacts.toArray()
  db.close()
  fillDiskAfter(db, 1)
  await db.open()
  const bytes = manyContacts(5000)
  const { settings, headers } = settingsFor(bytes, 'contacts')
  const stopped = await runImport(
    db,
    { ...source(bytes), read: async (o, l) => bytes.slice(o, o + l) },
    settings,
    headers,
  ).catch((error: unknown) => error)
  expect(stopped).toBeInstanceOf(ImportStopped)
  expect((stopped as ImportStopped).status).toBe('failed')
  expect(isStorageFull(stopped)).toBe(true)
  expect(await db.contacts.toArray()).toEqual(before)
  const failed = (await db.importRuns.toArray()).find((r) => r.status !== 'committed')
  expect(failed?.status).toBe('failed')
})

it('a run the app never finished is rolled back when it starts again', async () => {
  await importFile(sheet, 'contactSheet')
  // The app closed while a run was writing: its run is still running, its records are there.
  await db.importRuns.add({
    id: 'r1',
    fileName: 'x.csv',
    fileSize: 1,
    target: 'contacts',
    settings: {},
    headers: [],
    counts: (await db.importRuns.toArray())[0]!.counts,
    status: 'running',
    startedAt: new Date().toISOString(),
    createdAt: '',
    updatedAt: '',
    deletedAt: '',
  })
  await db.contacts.add({
    ...(await db.contacts.toArray())[0]!,
    id: 'c-crash',
    importRunId: 'r1',
  } as never)
  expect(await rollbackInterruptedImports(db)).toBe(1)
  expect(await db.contacts.get('c-crash')).toBeUndefined()
  expect((await db.importRuns.get('r1'))?.status).toBe('failed')
})

it('imports screenings: campaign by title (created when new), start in its own zone, matched again on re-import', async () => {
  const bytes = fixtures.get('screenings.csv')!
  const run = await importFile(bytes, 'screenings')
  // The second row's date does not exist (30 February): it is left out.
  expect(run.counts).toMatchObject({ rows: 2, invalid: 1 })
  expect(run.counts.byTable.campaigns.created).toBe(1)
  const [screening] = await db.screenings.toArray()
  const [campaign] = await db.campaigns.toArray()
  expect(screening).toMatchObject({
    title: 'UNION at Hot Docs',
    campaignId: campaign!.id,
    type: 'festival',
    startsAt: '2024-04-28T22:00:00.000Z',
    timeZone: 'America/Toronto',
    status: 'held',
    attendance: 412,
    accessFeatures: ['closedCaptions'],
    importRunId: run.id,
  })
  const again = await importFile(bytes, 'screenings')
  expect(again.counts.byRow).toMatchObject({ created: 0, unchanged: 1 })
  expect(await db.screenings.count()).toBe(1)
  await rollbackImportRun(db, run.id, 'undone')
  expect(await db.screenings.count()).toBe(0)
  expect(await db.campaigns.count()).toBe(0)
})

it('imports metric values: metric by name in its campaign (created when new), screening by title', async () => {
  await importFile(fixtures.get('screenings.csv')!, 'screenings')
  const run = await importFile(fixtures.get('metric-entries.csv')!, 'metricEntries')
  // "many" is not a number.
  expect(run.counts).toMatchObject({ rows: 3, invalid: 1 })
  expect(run.counts.byTable.metricDefinitions.created).toBe(2)
  const [screening] = await db.screenings.toArray()
  const attendance = await db.metricDefinitions
    .where('[deletedAt+name]')
    .equals(['', 'Attendance'])
    .first()
  expect(
    await db.metricEntries
      .where('[metricId+date]')
      .equals([attendance!.id, '2024-04-28'])
      .toArray(),
  ).toEqual([
    expect.objectContaining({
      value: 412,
      scope: 'screening',
      screeningId: screening!.id,
      source: 'Sign-in sheet',
    }),
  ])
  // The dashboard's rollups follow the import.
  expect((await db.metricRollups.get(`${attendance!.id}|m2024-04`))?.sum).toBe(412)
  const again = await importFile(fixtures.get('metric-entries.csv')!, 'metricEntries')
  expect(again.counts.byRow).toMatchObject({ created: 0, unchanged: 2 })
})

it('a value for a screening that is not there is a row to fix when new records are not to be made, and nothing is created for it', async () => {
  const bytes = encode(
    'Metric,Campaign,Value,Date,Screening\nAttendance,UNION,10,2024-04-28,Nowhere\n',
  )
  const { settings, headers } = settingsFor(bytes, 'metricEntries')
  const refuse = { ...settings, createLinked: false }
  const review = await reviewImport(db, source(bytes), refuse)
  expect(review.counts.invalid).toBe(1)
  expect(review.problems[0]?.issues).toEqual([
    expect.objectContaining({
      code: 'unknownLink',
      row: 2,
      params: { field: 'Screening', value: 'Nowhere' },
    }),
  ])
  await runImport(db, source(bytes), refuse, headers)
  expect(await db.campaigns.count()).toBe(0)
  expect(await db.metricEntries.count()).toBe(0)
})

it('people without an email are matched by name against people without one', async () => {
  const bytes = encode('First name,Last name,Job title\nRosa,Núñez,Steward\nLuis,Peña,\n')
  await importFile(bytes, 'contacts')
  await db.contacts.add({
    ...(await db.contacts.toArray())[0]!,
    id: 'with-email',
    firstName: 'Luis',
    lastName: 'Peña',
    emails: [{ address: 'luis@example.org', primary: true }],
    emailKeys: ['luis@example.org'],
  })
  const again = await importFile(bytes, 'contacts')
  expect(again.counts.byRow).toMatchObject({ created: 0, unchanged: 2 })
  expect(await db.contacts.count()).toBe(3)
})

it('a row’s Impact Desk ID matches its record first, before its email', async () => {
  await importFile(
    encode('First name,Emails,Job title\nSam,sam@example.org,Director\n'),
    'contacts',
    'create',
  )
  await importFile(
    encode('First name,Emails,Job title\nSamantha,sam@example.org,Producer\n'),
    'contacts',
    'create',
  )
  const named = (name: string) => db.contacts.filter((c) => c.firstName === name).first()
  const [sam, samantha] = [await named('Sam'), await named('Samantha')]
  const run = await importFile(
    encode(
      `First name,Emails,Job title,Impact Desk ID\nSamantha,sam@example.org,Writer,${samantha!.id}\nSam,sam@example.org,Director,${sam!.id}\n`,
    ),
    'contacts',
  )
  expect(run.counts.byRow).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
  expect(await db.contacts.get(samantha!.id)).toMatchObject({ title: 'Writer' })
  expect(await db.contacts.get(sam!.id)).toEqual(sam)
})

it('an id that names nothing, a deleted record or another table is ignored, and never becomes an id', async () => {
  await importFile(encode('Name,Emails\nAcme Films,\n'), 'organizations')
  await importFile(encode('First name,Emails\nAna,ana@example.org\nGone,\n'), 'contacts')
  const acme = (await db.organizations.toArray())[0]!
  const ana = (await db.contacts.where('emailKeys').equals('ana@example.org').first())!
  const gone = (await db.contacts.filter((contact) => contact.firstName === 'Gone').first())!
  await db.contacts.update(gone.id, { deletedAt: '2024-04-01T00:00:00.000Z' })
  const deleted = await db.contacts.get(gone.id)
  const bytes = encode(
    [
      'First name,Emails,Job title,Impact Desk ID',
      'Ana,ana@example.org,Steward,from-another-workspace',
      'Ben,ben@example.org,,not-here-either',
      `Gone,,,${gone.id}`,
      `Cleo,,,${acme.id}`,
    ].join('\n'),
  )
  const { settings } = settingsFor(bytes, 'contacts')
  const review = await reviewImport(db, source(bytes), settings)
  const run = await importFile(bytes, 'contacts')
  expect(run.counts.byRow).toEqual(review.counts.byRow)
  // Ana matched by email; Ben, Gone (in the trash) and Cleo (an organization's id) are new.
  expect(run.counts.byRow).toMatchObject({ created: 3, updated: 1 })
  expect(await db.contacts.get(ana.id)).toMatchObject({ title: 'Steward' })
  expect(await db.contacts.get(gone.id)).toEqual(deleted)
  expect(await db.organizations.get(acme.id)).toEqual(acme)
  const ids = (await db.contacts.toArray()).map((contact) => contact.id)
  for (const named of ['from-another-workspace', 'not-here-either', acme.id])
    expect(ids).not.toContain(named)
  expect(ids.filter((id) => id === gone.id)).toHaveLength(1)
  // Nor is it kept anywhere as data.
  expect(JSON.stringify(await db.contacts.toArray())).not.toMatch(/another-workspace|not-here/)
})

it('rows naming the same id both match its record; duplicate policies apply to it as before', async () => {
  await importFile(encode('First name,Last name\nAna,López\nAna,López\n'), 'contacts', 'create')
  const [, second] = await db.contacts.toArray()
  const file = (tags: string[]) =>
    encode(
      `First name,Last name,Tags,Impact Desk ID\n${tags.map((tag) => `Ana,López,${tag},${second!.id}`).join('\n')}\n`,
    )
  const skip = await importFile(file(['union']), 'contacts', 'skip')
  expect(skip.counts.byRow).toMatchObject({ skipped: 1, created: 0 })
  const twice = await importFile(file(['union', 'film']), 'contacts')
  expect(twice.counts.byRow).toMatchObject({ updated: 2, created: 0 })
  expect((await db.contacts.get(second!.id))?.tags).toEqual(['union', 'film'])
  expect((await db.contacts.toArray())[0]?.tags).toEqual([])
  const create = await importFile(file(['new']), 'contacts', 'create')
  expect(create.counts.byRow).toMatchObject({ created: 1 })
  const created = (await db.contacts.toArray()).find((contact) => contact.tags.includes('new'))
  expect(created?.id).not.toBe(second!.id)
  expect(await db.contacts.count()).toBe(3)
})
