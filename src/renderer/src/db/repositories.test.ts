import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { activityRepo } from '../features/activities/activityRepo'
import { campaignLinkRepo } from '../features/campaigns/campaignLinkRepo'
import { campaignRepo } from '../features/campaigns/campaignRepo'
import { affiliationRepo } from '../features/contacts/affiliationRepo'
import { contactRepo } from '../features/contacts/contactRepo'
import { importRunRepo } from '../features/imports/importRunRepo'
import { metricDefinitionRepo } from '../features/metrics/metricDefinitionRepo'
import { metricEntryRepo } from '../features/metrics/metricEntryRepo'
import { organizationRepo } from '../features/partners/organizationRepo'
import { screeningRepo } from '../features/screenings/screeningRepo'
import { db } from './db'
import { ValidationError } from './repository'

type AnyRepo = {
  entity: string
  sortKeys: readonly string[]
  create: (input: never) => Promise<{ id: string } & Record<string, unknown>>
  createMany: (inputs: never[]) => Promise<({ id: string } & Record<string, unknown>)[]>
  get: (id: string) => Promise<unknown>
  update: (id: string, patch: never) => Promise<Record<string, unknown>>
  list: (options?: never) => Promise<{ items: Record<string, unknown>[]; total: number }>
  listTrash: () => Promise<{ items: { id: string }[]; total: number }>
  count: () => Promise<number>
  isEmpty: () => Promise<boolean>
  softDelete: (ids: string | string[]) => Promise<number>
  restore: (ids: string | string[]) => Promise<number>
  purge: (ids: string | string[]) => Promise<number>
}

/** For each entity: three valid records (sorted b, a, c on the field named) and a change. */
const cases: {
  repo: AnyRepo
  make: (label: string) => Record<string, unknown>
  field: string
  change: Record<string, unknown>
  invalid: Record<string, unknown>
}[] = [
  {
    repo: campaignRepo as never,
    make: (l) => ({ title: `Campaign ${l}`, issueTags: ['labor rights'] }),
    field: 'title',
    change: { status: 'active', logline: 'Workers organize' },
    invalid: { title: '  ' },
  },
  {
    repo: organizationRepo as never,
    make: (l) => ({ name: `Org ${l}`, type: 'union', strength: 2 }),
    field: 'name',
    change: { stage: 'committed', website: 'https://www.afl-cio.org' },
    invalid: { name: 'AFL-CIO', website: 'not a url' },
  },
  {
    repo: contactRepo as never,
    make: (l) => ({
      firstName: 'Ana',
      lastName: `Lopez ${l}`,
      emails: [{ address: `ana.${l}@example.org`, primary: true }],
    }),
    field: 'lastName',
    change: { pronouns: 'she/her', sensitive: true },
    invalid: { firstName: 'Ana', emails: [{ address: 'ana@' }] },
  },
  {
    repo: affiliationRepo as never,
    make: (l) => ({ contactId: 'c1', organizationId: 'o1', role: `Role ${l}` }),
    field: 'role',
    change: { startDate: '2024-12-20' },
    invalid: { contactId: 'c1' },
  },
  {
    repo: screeningRepo as never,
    make: (l) => ({
      campaignId: 'k1',
      title: `Screening ${l}`,
      timeZone: 'America/Toronto',
      startsAt: '2024-04-28T22:00:00.000Z',
    }),
    field: 'title',
    change: { status: 'confirmed', accessibility: { closedCaptions: true, asl: true } },
    invalid: { campaignId: 'k1', title: 'Hot Docs', timeZone: 'Mars/Olympus' },
  },
  {
    repo: campaignLinkRepo as never,
    make: (l) => ({
      fromCampaignId: 'k1',
      external: { name: `Film ${l}` },
      type: l === 'a' ? 'precedent' : l === 'b' ? 'sameIssue' : 'sharedPartners',
    }),
    field: 'type',
    change: { note: 'Same union partners' },
    invalid: { fromCampaignId: 'k1', type: 'sameIssue' },
  },
  {
    repo: metricDefinitionRepo as never,
    make: (l) => ({ campaignId: 'k1', name: `Metric ${l}`, unit: 'people', target: 1000 }),
    field: 'name',
    change: { baseline: 10 },
    invalid: { campaignId: 'k1', name: 'Calls', unit: 'bananas' },
  },
  {
    repo: metricEntryRepo as never,
    make: (l) => ({
      metricId: 'm1',
      value: 12.5,
      date: l === 'a' ? '2024-01-01' : l === 'b' ? '2024-02-01' : '2024-03-01',
    }),
    field: 'date',
    change: { value: 40, estimated: true },
    invalid: { metricId: 'm1', value: 3, date: '2024-02-30' },
  },
  {
    repo: activityRepo as never,
    make: (l) => ({
      subjectType: 'contact',
      subjectId: 'c1',
      kind: 'call',
      summary: `Call ${l}`,
      occurredAt:
        l === 'a'
          ? '2024-01-01T10:00:00.000Z'
          : l === 'b'
            ? '2024-02-01T10:00:00.000Z'
            : '2024-03-01T10:00:00.000Z',
    }),
    field: 'occurredAt',
    change: { details: 'Agreed to host' },
    invalid: {
      subjectType: 'contact',
      subjectId: 'c1',
      kind: 'call',
      summary: 'x',
      occurredAt: 'yesterday',
    },
  },
  {
    repo: importRunRepo as never,
    make: (l) => ({
      fileName: `sheet-${l}.csv`,
      target: 'contacts',
      startedAt:
        l === 'a'
          ? '2024-01-01T10:00:00.000Z'
          : l === 'b'
            ? '2024-02-01T10:00:00.000Z'
            : '2024-03-01T10:00:00.000Z',
    }),
    field: 'startedAt',
    change: { status: 'committed' },
    invalid: { fileName: '', target: 'contacts', startedAt: '2024-01-01T10:00:00.000Z' },
  },
]

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

describe.each(cases)('$repo.entity repository', ({ repo, make, field, change, invalid }) => {
  it('creates a record with an id and timestamps, and reads it back', async () => {
    const created = await repo.create(make('a') as never)
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.createdAt).toBe(created.updatedAt)
    expect(created.deletedAt).toBe('')
    expect(await repo.get(created.id)).toEqual(created)
  })

  it('refuses an invalid record with a message naming the field, and writes nothing', async () => {
    const error = await repo.create(invalid as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.length).toBeGreaterThan(0)
    expect(await repo.count()).toBe(0)
  })

  it('updates part of a record and keeps the rest', async () => {
    const created = await repo.create(make('a') as never)
    await new Promise((resolve) => setTimeout(resolve, 2))
    const updated = await repo.update(created.id, change as never)
    expect(updated).toMatchObject({ ...change, [field]: created[field] })
    expect(updated.createdAt).toBe(created.createdAt)
    expect((updated.updatedAt as string) > (created.updatedAt as string)).toBe(true)
    expect(await repo.get(created.id)).toEqual(updated)
  })

  it('lists pages in order, both ways, with the total', async () => {
    await repo.createMany([make('b'), make('a'), make('c')] as never[])
    const ascending = await repo.list({ sortBy: field, direction: 'asc' } as never)
    expect(ascending.total).toBe(3)
    const values = ascending.items.map((item) => JSON.stringify(item[field]))
    expect(values).toEqual([...values].sort())
    const descending = await repo.list({
      sortBy: field,
      direction: 'desc',
      offset: 1,
      limit: 1,
    } as never)
    expect(descending.items).toHaveLength(1)
    expect(descending.items[0]![field]).toEqual(ascending.items[1]![field])
    expect(descending.total).toBe(3)
  })

  it('refuses to sort by a field without an index', async () => {
    await expect(repo.list({ sortBy: 'notes' } as never)).rejects.toThrow(
      /cannot be sorted by "notes"/,
    )
  })

  it('knows when it has no live record', async () => {
    expect(await repo.isEmpty()).toBe(true)
    const created = await repo.create(make('a') as never)
    expect(await repo.isEmpty()).toBe(false)
    await repo.softDelete(created.id)
    expect(await repo.isEmpty()).toBe(true)
  })

  it('moves records to the trash, restores them and purges only from the trash', async () => {
    const [a, b] = await repo.createMany([make('a'), make('b')] as never[])
    expect(await repo.softDelete([a!.id])).toBe(1)
    expect(await repo.softDelete([a!.id])).toBe(0)
    expect((await repo.list()).items.map((item) => item.id)).toEqual([b!.id])
    expect((await repo.listTrash()).items.map((item) => item.id)).toEqual([a!.id])
    expect(await repo.count()).toBe(1)

    expect(await repo.purge([b!.id])).toBe(0)
    expect(await repo.get(b!.id)).toBeDefined()

    expect(await repo.restore(a!.id)).toBe(1)
    expect((await repo.list()).total).toBe(2)
    expect((await repo.listTrash()).total).toBe(0)

    await repo.softDelete([a!.id, b!.id])
    expect(await repo.purge([a!.id, b!.id])).toBe(2)
    expect(await repo.get(a!.id)).toBeUndefined()
    expect((await repo.listTrash()).total).toBe(0)
  })
})
