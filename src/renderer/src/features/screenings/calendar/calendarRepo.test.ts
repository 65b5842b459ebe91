import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../db/db'
import { screeningRepo } from '../screeningRepo'
import { calendarRepo } from './calendarRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

describe('calendarRepo', () => {
  it('reads the month and a day either side, live screenings only', async () => {
    const base = { campaignId: 'campaign-1' }
    const [, , , trashed] = await screeningRepo.createMany([
      { ...base, title: 'March 30', startsAt: '2024-03-30T20:00:00.000Z' },
      { ...base, title: 'Toronto evening', startsAt: '2024-05-01T02:00:00.000Z' },
      { ...base, title: 'Mid April', startsAt: '2024-04-15T18:00:00.000Z' },
      { ...base, title: 'Trashed', startsAt: '2024-04-16T18:00:00.000Z' },
      { ...base, title: 'May 3', startsAt: '2024-05-03T18:00:00.000Z' },
      { ...base, title: 'Undated' },
      { ...base, title: 'Undated too' },
    ])
    await screeningRepo.softDelete(trashed!.id)

    const april = await calendarRepo.month({ year: 2024, month: 4 })
    expect(april.map((s) => s.title).sort()).toEqual(['Mid April', 'Toronto evening'])
    expect(await calendarRepo.undatedCount()).toBe(2)
  })
})
