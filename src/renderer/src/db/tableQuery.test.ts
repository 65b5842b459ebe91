import 'fake-indexeddb/auto'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { screeningRepo } from '../features/screenings/screeningRepo'
import { db } from './db'
import { idsInRange, narrow, orderedIds } from './tableQuery'

beforeEach(async () => {
  await db.open()
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterAll(() => db.close())

it('finds live records in a range of an indexed field, either end open', async () => {
  const at = (startsAt?: string) =>
    screeningRepo.create({ campaignId: 'c1', title: startsAt ?? 'undated', startsAt })
  const undated = await at()
  const april = await at('2024-04-28T22:00:00.000Z')
  const may = await at('2024-05-01T00:00:00.000Z')
  const june = await at('2024-06-10T12:00:00.000Z')
  const gone = await at('2024-05-02T00:00:00.000Z')
  await screeningRepo.softDelete(gone.id)
  const table = db.screenings as never

  const range = (lower?: string, upper?: string) =>
    idsInRange(table, 'startKey', lower, upper).then((set) => [...set].sort())
  const sorted = (...ids: string[]) => ids.sort()

  // The upper bound is excluded, the lower included.
  expect(await range('2024-04-28T22:00:00.000Z', '2024-05-01T00:00:00.000Z')).toEqual([april.id])
  expect(await range('2024-05-01T00:00:00.000Z')).toEqual(sorted(may.id, june.id))
  expect(await range(undefined, '2024-05-01T00:00:00.000Z')).toEqual(sorted(undated.id, april.id))
  // A range narrows the sorted list like any filter.
  const ordered = await orderedIds(table, 'startKey', 'asc')
  expect(narrow(ordered, [await idsInRange(table, 'startKey', '0', undefined)])).toEqual([
    april.id,
    may.id,
    june.id,
  ])
})
