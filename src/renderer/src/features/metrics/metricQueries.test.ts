import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { metricDefinitionRepo } from './metricDefinitionRepo'
import { metricEntryRepo } from './metricEntryRepo'
import { entriesOf, entriesOfScreening, latestEntryOf, metricsOf } from './metricQueries'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('metric queries', () => {
  it("lists a campaign's live metrics by name, or every campaign's", async () => {
    const calls = await metricDefinitionRepo.create({ campaignId: 'c1', name: 'Calls' })
    await metricDefinitionRepo.create({ campaignId: 'c1', name: 'Attendance', unit: 'people' })
    await metricDefinitionRepo.create({ campaignId: 'c2', name: 'Press' })
    const gone = await metricDefinitionRepo.create({ campaignId: 'c1', name: 'Gone' })
    await metricDefinitionRepo.softDelete(gone.id)

    expect((await metricsOf('c1')).map((m) => m.name)).toEqual(['Attendance', 'Calls'])
    expect((await metricsOf(null)).map((m) => m.name)).toEqual(['Attendance', 'Calls', 'Press'])
    expect((await metricsOf('c1'))[1]!.id).toBe(calls.id)
  })

  it("pages a metric's entries latest first and skips the trash", async () => {
    const dates = ['2024-04-01', '2024-04-15', '2024-04-08', '2024-05-01']
    const entries = await metricEntryRepo.createMany(
      dates.map((date, i) => ({ metricId: 'm1', value: i + 1, date })),
    )
    await metricEntryRepo.create({ metricId: 'm2', value: 9, date: '2024-06-01' })
    await metricEntryRepo.softDelete(entries[3]!.id)

    const page = await entriesOf('m1', 2)
    expect(page.items.map((e) => e.date)).toEqual(['2024-04-15', '2024-04-08'])
    expect(page.more).toBe(true)
    expect((await entriesOf('m1', 3)).more).toBe(false)
    expect((await latestEntryOf('m1'))?.value).toBe(2)
    expect(await latestEntryOf('m3')).toBeUndefined()
  })

  it('lists the values recorded for a screening', async () => {
    await metricEntryRepo.createMany([
      { metricId: 'm1', value: 40, date: '2024-04-28', scope: 'screening', screeningId: 's1' },
      { metricId: 'm2', value: 12, date: '2024-04-29', scope: 'screening', screeningId: 's1' },
      { metricId: 'm1', value: 7, date: '2024-04-28', scope: 'screening', screeningId: 's2' },
      { metricId: 'm1', value: 3, date: '2024-04-28' },
    ])
    expect((await entriesOfScreening('s1')).map((e) => e.value)).toEqual([12, 40])
  })
})
