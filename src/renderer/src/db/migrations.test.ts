import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { ImpactDeskDb } from './db'
import { SCHEMA_VERSION } from './schema'

const stamp = {
  createdAt: '2024-03-01T12:00:00.000Z',
  updatedAt: '2024-03-01T12:00:00.000Z',
  deletedAt: '',
}

/** Data as version 1 of the app wrote it: no derived search fields, no organizationNames. */
async function writeVersion1(name: string) {
  const v1 = new ImpactDeskDb(name, 1)
  await v1.open()
  expect(v1.verno).toBe(1)
  await v1.table('organizations').bulkAdd([
    {
      id: 'o1',
      name: 'Amazon Labor Union-IBT Local 1',
      aliases: ['ALU'],
      type: 'union',
      website: 'https://www.amazonlaborunion.org',
      languages: ['en', 'es', 'ht', 'ar'],
      tags: ['labor'],
      stage: 'activePartner',
      strength: 1,
      notes: '',
      ...stamp,
    },
    {
      id: 'o2',
      name: 'Hot Docs',
      aliases: [],
      type: 'festival',
      domain: 'hotdocs.ca',
      city: 'Toronto',
      languages: [],
      tags: [],
      stage: 'committed',
      notes: '',
      ...stamp,
      deletedAt: '2024-04-01T00:00:00.000Z',
    },
  ])
  await v1.table('contacts').bulkAdd([
    {
      id: 'c1',
      firstName: 'Marisol',
      lastName: 'Peña',
      emails: [{ address: 'marisol@example.org', primary: true }],
      phones: [],
      consent: { given: true },
      sensitive: false,
      tags: ['speaker'],
      notes: '',
      ...stamp,
    },
  ])
  await v1.table('campaigns').add({
    id: 'k1',
    title: 'UNION',
    logline: '',
    issueTags: [],
    impactDynamics: [],
    goals: '',
    status: 'active',
    film: { languages: [], closedCaptions: true, audioDescription: true, asl: true },
    ...stamp,
  })
  await v1.table('screenings').add({
    id: 's1',
    campaignId: 'k1',
    title: 'UNION at Hot Docs',
    type: 'festival',
    startsAt: '2024-04-28T22:00:00.000Z',
    timeZone: 'America/Toronto',
    venue: { name: 'TIFF Lightbox' },
    hostOrganizationId: 'o2',
    status: 'confirmed',
    statusHistory: [],
    accessibility: {
      closedCaptions: true,
      openCaptions: false,
      audioDescription: true,
      asl: true,
      aslScope: 'Intro and Q&A',
      wheelchairAccess: false,
      assistiveListening: false,
      subtitleLanguages: [],
      interpretationLanguages: [],
    },
    attendanceEstimated: false,
    ...stamp,
  })
  v1.close()
}

let db: ImpactDeskDb | undefined
afterEach(async () => {
  await db?.delete()
})

it('upgrades version 1 data to the current version and keeps every record', async () => {
  await writeVersion1('migrate-1')
  db = new ImpactDeskDb('migrate-1')
  await db.open()
  expect(db.verno).toBe(SCHEMA_VERSION)
  expect(await db.organizations.count()).toBe(2)
  expect(await db.contacts.count()).toBe(1)
  expect(await db.campaigns.count()).toBe(1)

  const alu = await db.organizations.get('o1')
  expect(alu).toMatchObject({
    name: 'Amazon Labor Union-IBT Local 1',
    strength: 1,
    stage: 'activePartner',
  })
  expect(alu?.searchWords).toEqual(expect.arrayContaining(['amazon', 'alu', 'amazonlaborunion']))
  expect((await db.organizations.get('o2'))?.deletedAt).toBe('2024-04-01T00:00:00.000Z')

  const contact = await db.contacts.get('c1')
  expect(contact?.organizationNames).toEqual([])
  expect(contact?.emailKeys).toEqual(['marisol@example.org'])
  // She has an email: imports match her by that, not by her name.
  expect(contact?.nameKey).toBeUndefined()
  const screening = await db.screenings.get('s1')
  expect(screening).toMatchObject({
    title: 'UNION at Hot Docs',
    startKey: '2024-04-28T22:00:00.000Z',
    partnerIds: ['o2'],
    accessFeatures: ['closedCaptions', 'audioDescription', 'asl'],
    coPresenters: [],
    licence: { type: 'community', ticketed: false },
  })
  expect((await db.organizations.get('o1'))?.campaignIds).toEqual([])
  expect(await db.screenings.where('accessFeatures').equals('asl').primaryKeys()).toEqual(['s1'])

  const found = async (table: 'contacts' | 'organizations', prefix: string) =>
    new Set(await db!.table(table).where('searchWords').startsWith(prefix).primaryKeys())
  expect(await found('contacts', 'pena')).toEqual(new Set(['c1']))
  expect(await found('organizations', 'hot')).toEqual(new Set(['o2']))
})

it('upgrades version 3 metric entries with their rollups, leaving out the trash', async () => {
  const v3 = new ImpactDeskDb('migrate-3', 3)
  await v3.open()
  const entry = (id: string, date: string, value: number, deletedAt = '') => ({
    id,
    metricId: 'm1',
    value,
    date,
    scope: 'campaign',
    source: '',
    estimated: false,
    notes: '',
    ...stamp,
    deletedAt,
  })
  await v3
    .table('metricEntries')
    .bulkAdd([
      entry('e1', '2024-04-28', 120),
      entry('e2', '2024-04-28', 30),
      entry('e3', '2024-05-02', 12),
      entry('e4', '2024-05-02', 1000, '2024-05-03T00:00:00.000Z'),
    ])
  v3.close()

  db = new ImpactDeskDb('migrate-3')
  await db.open()
  expect(db.verno).toBe(SCHEMA_VERSION)
  const rows = await db.metricRollups.orderBy('[metricId+period]').toArray()
  expect(rows.map(({ period, sum, count }) => [period, sum, count])).toEqual([
    ['d2024-04-28', 150, 2],
    ['d2024-05-02', 12, 1],
    ['m2024-04', 150, 2],
    ['m2024-05', 12, 1],
  ])
  // From then on the rollups follow every write.
  await db.metricEntries.update('e3', { value: 20 })
  expect((await db.metricRollups.get('m1|m2024-05'))?.sum).toBe(20)
})

it('upgrades version 4 organizations with the folded name imports match them by', async () => {
  const v4 = new ImpactDeskDb('migrate-4', 4)
  await v4.open()
  await v4.table('organizations').bulkAdd([
    { id: 'o1', name: 'Centro  Cultural Bogotá', stage: 'prospect', ...stamp },
    {
      id: 'o2',
      name: 'Hot Docs',
      stage: 'committed',
      ...stamp,
      deletedAt: '2024-04-01T00:00:00.000Z',
    },
  ])
  v4.close()

  db = new ImpactDeskDb('migrate-4')
  await db.open()
  expect(db.verno).toBe(SCHEMA_VERSION)
  expect(await db.organizations.count()).toBe(2)
  expect(
    await db.organizations.where('nameKey').equals('centro cultural bogota').primaryKeys(),
  ).toEqual(['o1'])
  expect((await db.organizations.get('o2'))?.nameKey).toBe('hot docs')
  expect(await db.importChanges.count()).toBe(0)
})

it('upgrades version 5 contacts with the folded name a person without an email is matched by, and only them', async () => {
  const v5 = new ImpactDeskDb('migrate-5', 5)
  await v5.open()
  const person = (id: string, firstName: string, lastName: string, address?: string) => ({
    id,
    firstName,
    lastName,
    emails: address ? [{ address, primary: true }] : [],
    phones: [],
    consent: { given: false },
    sensitive: false,
    tags: [],
    notes: '',
    organizationNames: [],
    campaignIds: [],
    searchWords: [],
    emailKeys: address ? [address] : [],
    ...stamp,
  })
  await v5
    .table('contacts')
    .bulkAdd([
      person('c1', 'José', 'Núñez  Ruiz'),
      person('c2', 'Ana', 'Lima', 'ana@example.org'),
      person('c3', '', 'Okafor'),
    ])
  v5.close()

  db = new ImpactDeskDb('migrate-5')
  await db.open()
  expect(db.verno).toBe(SCHEMA_VERSION)
  expect(await db.contacts.count()).toBe(3)
  expect(await db.contacts.where('nameKey').equals('jose|nunez ruiz').primaryKeys()).toEqual(['c1'])
  // Version 7: someone with an email keeps no folded name.
  expect((await db.contacts.get('c2'))?.nameKey).toBeUndefined()
  expect(await db.contacts.where('nameKey').equals('ana|lima').count()).toBe(0)
  expect((await db.contacts.get('c3'))?.nameKey).toBe('|okafor')
  expect((await db.contacts.get('c2'))?.emailKeys).toEqual(['ana@example.org'])
})
