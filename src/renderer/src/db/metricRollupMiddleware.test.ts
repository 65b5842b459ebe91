import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MetricEntryInput } from '../../../shared/domain/metricEntry'
import { metricEntryRepo } from '../features/metrics/metricEntryRepo'
import { db } from './db'
import { rollupsOf } from '../../../shared/domain/metricRollup'

const entry = (date: string, value: number, metricId = 'calls'): MetricEntryInput => ({
  metricId,
  date,
  value,
})

/** The stored rollups as `{ period: [sum, count] }` for one metric. */
async function rollupsFor(metricId = 'calls') {
  const rows = await db.metricRollups
    .where('[metricId+period]')
    .between([metricId, ''], [metricId, '\uffff'])
    .toArray()
  return Object.fromEntries(rows.map((row) => [row.period, [row.sum, row.count]]))
}

/** What the rollups must be: recomputed from every stored entry. */
async function expectInStep() {
  const expected = rollupsOf(await db.metricEntries.toArray())
  const stored = await db.metricRollups.toArray()
  const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
  expect(byId(stored)).toEqual(byId(expected))
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('metric rollups', () => {
  it('sum and count created entries per day and per month', async () => {
    await metricEntryRepo.create(entry('2024-04-28', 120))
    await metricEntryRepo.createMany([entry('2024-04-28', 30), entry('2024-04-30', 5)])
    await metricEntryRepo.create(entry('2024-05-02', 7, 'texts'))
    expect(await rollupsFor()).toEqual({
      'd2024-04-28': [150, 2],
      'd2024-04-30': [5, 1],
      'm2024-04': [155, 3],
    })
    expect(await rollupsFor('texts')).toEqual({ 'd2024-05-02': [7, 1], 'm2024-05': [7, 1] })
    await expectInStep()
  })

  it('follow an update of the value, the date or the metric', async () => {
    const created = await metricEntryRepo.create(entry('2024-04-28', 120))
    await metricEntryRepo.update(created.id, { value: 100 })
    expect(await rollupsFor()).toEqual({ 'd2024-04-28': [100, 1], 'm2024-04': [100, 1] })
    await metricEntryRepo.update(created.id, { date: '2024-05-01' })
    expect(await rollupsFor()).toEqual({ 'd2024-05-01': [100, 1], 'm2024-05': [100, 1] })
    await metricEntryRepo.update(created.id, { metricId: 'texts' })
    expect(await rollupsFor()).toEqual({})
    expect(await rollupsFor('texts')).toEqual({ 'd2024-05-01': [100, 1], 'm2024-05': [100, 1] })
    await expectInStep()
  })

  it('leave out entries in the trash, and take them back when restored', async () => {
    const [a, b] = await metricEntryRepo.createMany([
      entry('2024-04-28', 120),
      entry('2024-04-29', 30),
    ])
    await metricEntryRepo.softDelete(a!.id)
    expect(await rollupsFor()).toEqual({ 'd2024-04-29': [30, 1], 'm2024-04': [30, 1] })
    // An entry edited while in the trash still does not count.
    await metricEntryRepo.update(a!.id, { value: 500 })
    expect(await rollupsFor()).toEqual({ 'd2024-04-29': [30, 1], 'm2024-04': [30, 1] })
    await metricEntryRepo.restore(a!.id)
    expect(await rollupsFor()).toEqual({
      'd2024-04-28': [500, 1],
      'd2024-04-29': [30, 1],
      'm2024-04': [530, 2],
    })
    await metricEntryRepo.softDelete([a!.id, b!.id])
    await metricEntryRepo.purge([a!.id, b!.id])
    expect(await rollupsFor()).toEqual({})
    expect(await db.metricRollups.count()).toBe(0)
    await expectInStep()
  })

  it('follow bulk writes, collection edits, deletes and clearing the table', async () => {
    const records = Array.from({ length: 500 }, (_, i) => ({
      ...entry(`2024-0${(i % 3) + 4}-1${i % 10}`, i),
      id: `e${i}`,
      scope: 'campaign' as const,
      source: '',
      estimated: false,
      notes: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: '',
    }))
    await db.metricEntries.bulkPut(records)
    await expectInStep()
    await db.metricEntries
      .where('id')
      .startsWith('e1')
      .modify((e) => void (e.value *= 2))
    await expectInStep()
    await db.metricEntries.bulkDelete(['e2', 'e3', 'missing'])
    await db.metricEntries
      .where('[metricId+date]')
      .between(['calls', '2024-05-00'], ['calls', '2024-05-99'])
      .delete()
    await expectInStep()
    expect(await db.metricRollups.count()).toBeGreaterThan(0)
    await db.metricEntries.clear()
    expect(await db.metricRollups.count()).toBe(0)
  })

  it('keep every change of parallel writes inside one transaction', async () => {
    await db.transaction('rw', db.metricEntries, async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          db.metricEntries.add({
            ...entry('2024-04-28', 1),
            id: `p${i}`,
            scope: 'campaign',
            source: '',
            estimated: false,
            notes: '',
            createdAt: '',
            updatedAt: '',
            deletedAt: '',
          }),
        ),
      )
    })
    expect(await rollupsFor()).toEqual({ 'd2024-04-28': [20, 20], 'm2024-04': [20, 20] })
  })

  it('roll back with a transaction that fails', async () => {
    await metricEntryRepo.create(entry('2024-04-28', 10))
    await expect(
      db.transaction('rw', db.metricEntries, async () => {
        await metricEntryRepo.create(entry('2024-04-28', 5))
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await rollupsFor()).toEqual({ 'd2024-04-28': [10, 1], 'm2024-04': [10, 1] })
  })

  it('count only the entries a partly failed bulk add wrote', async () => {
    await metricEntryRepo.create(entry('2024-04-28', 10))
    const [existing] = await db.metricEntries.toArray()
    const fresh = { ...existing!, id: 'fresh', value: 3 }
    await expect(db.metricEntries.bulkAdd([{ ...existing!, value: 99 }, fresh])).rejects.toThrow()
    await expectInStep()
  })
})
