import 'fake-indexeddb/auto'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { screeningRepo } from '../features/screenings/screeningRepo'
import { db } from './db'
import { contactRepo } from '../features/contacts/contactRepo'
import {
  distinctValues,
  firstIds,
  firstRows,
  idsInRange,
  matchingIdSets,
  narrow,
  orderedIds,
  someOnly,
} from './tableQuery'
import { BROAD_LIMIT, CHECK_ON_RECORDS, WORD_LIMIT } from '../../../shared/text/searchIds'

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

const person = (firstName: string, lastName: string, tags: string[] = []) =>
  ({ firstName, lastName, tags }) as const

async function people() {
  const made = await contactRepo.createMany([
    person('María', 'García', ['volunteer']),
    person('Mario', 'Gomez', ['press']),
    person('Marie', 'Tremblay', ['volunteer', 'host']),
    person('Jean', 'Baptiste'),
  ])
  return Object.fromEntries(made.map((contact) => [contact.firstName, contact.id]))
}

const ids = async (search: string, filters = {}) => {
  const sets = await matchingIdSets(db.contacts as never, search, filters)
  return sets === null
    ? null
    : narrow(await orderedIds(db.contacts as never, 'lastName', 'asc'), sets)
}

it('searches by word prefixes without accents, all words on one record', async () => {
  const id = await people()
  expect(await ids('mari')).toEqual([id['María'], id['Mario'], id['Marie']])
  // The longest word is read first; the others are checked on its few records.
  expect(await ids('garc ma')).toEqual([id['María']])
  expect(await ids('ma trem')).toEqual([id['Marie']])
  expect(await ids('ma jean')).toEqual([])
  // One letter matches most of a big table: the list stays whole until a second one is typed.
  expect(await ids('m')).toBeNull()
  expect(await ids('ma', { tags: ['volunteer'] })).toEqual([id['María'], id['Marie']])
})

it('checks many candidates against each word’s own index range', async () => {
  const many = Array.from({ length: 2_100 }, (_, n) =>
    person(n % 2 ? 'Ana' : 'Anabel', `Lopez${String(n).padStart(4, '0')}`),
  )
  await contactRepo.createMany(many)
  const found = await ids('lopez anab')
  expect(found).toHaveLength(1_050)
  expect(await ids('lopez0001 ana')).toHaveLength(1)
})

it('reads the first page of a sort in either direction', async () => {
  const id = await people()
  const table = db.contacts as never
  expect(await firstIds(table, 'lastName', 'asc', 2)).toEqual([id['Jean'], id['María']])
  expect(await firstIds(table, 'lastName', 'desc', 2)).toEqual([id['Marie'], id['Mario']])
})

it('reads the first page’s records with its ids, in either direction', async () => {
  const id = await people()
  const table = db.contacts
  const names = async (direction: 'asc' | 'desc') =>
    (await firstRows(table, 'lastName', direction, 2)).map((row) => [row.id, row.firstName])
  expect(await names('asc')).toEqual([
    [id['Jean'], 'Jean'],
    [id['María'], 'María'],
  ])
  expect(await names('desc')).toEqual([
    [id['Marie'], 'Marie'],
    [id['Mario'], 'Mario'],
  ])
})

const search = async (query: string) => {
  const sets = await matchingIdSets(db.contacts as never, query, {})
  const ordered = await orderedIds(db.contacts as never, 'lastName', 'asc')
  return { ids: narrow(ordered, sets), more: someOnly(sets), ordered }
}

it('reads a bounded number of matches of a broad word, in list order, and says there are more', async () => {
  // More matches of "ma" than a broad word reads; the last names sort opposite to the first names.
  const count = BROAD_LIMIT + 200
  const made = await contactRepo.createMany(
    Array.from({ length: count }, (_, n) =>
      person(`Ma${String(n).padStart(4, '0')}`, `Z${String(count - n).padStart(4, '0')}`),
    ),
  )
  const broad = await search('ma')
  expect(broad.more).toBe(true)
  expect(broad.ids).toHaveLength(BROAD_LIMIT)
  // Shown as the list is sorted, whichever matches were read.
  expect(broad.ids).toEqual(broad.ordered.filter((id) => broad.ids.includes(id)))
  // The first entries of the index were read: the first names Ma0000… (last in list order).
  expect(new Set(broad.ids)).toEqual(new Set(made.slice(0, BROAD_LIMIT).map((c) => c.id)))
  // A longer word stays exact, however many it matches.
  const exact = await search('ma00')
  expect(exact.more).toBe(false)
  expect(exact.ids).toHaveLength(100)
  // A broad search with few matches is exact.
  expect(await search('z0')).toMatchObject({ more: false })
  expect((await search('z12')).ids).toHaveLength(1)
  expect((await search('z12')).more).toBe(false)
})

it('checks a broad second word on the first candidates only, a selective one exactly', async () => {
  // More "an" entries than a broad word reads, fewer "lopez" and "anab" than a longer one does.
  const count = 2 * BROAD_LIMIT + 100
  await contactRepo.createMany(
    Array.from({ length: count }, (_, n) =>
      person(n % 2 ? 'Anabel' : 'Beatriz', `Lopez${String(n).padStart(4, '0')}`),
    ),
  )
  const broad = await search('lopez an')
  expect(broad.more).toBe(true)
  // What the bounded read of "an" found, and matches among the first others checked.
  expect(broad.ids.length).toBeGreaterThan(CHECK_ON_RECORDS)
  expect(broad.ids.length).toBeLessThan(count / 2)
  const exact = await search('lopez anab')
  expect(exact.more).toBe(false)
  expect(exact.ids).toHaveLength(count / 2)
})

it('reads a bounded number of entries of a longer word that matches too many', async () => {
  await contactRepo.createMany(
    Array.from({ length: WORD_LIMIT + 10 }, (_, n) => person('Volunteer', `V${n}`)),
  )
  const many = await search('volunteer')
  expect(many.more).toBe(true)
  expect(many.ids).toHaveLength(WORD_LIMIT)
})

it('lists the distinct values of an index in one step each, up to a limit', async () => {
  await people()
  expect(await distinctValues(db.contacts, 'tags')).toEqual(['host', 'press', 'volunteer'])
  expect(await distinctValues(db.contacts, 'tags', 2)).toEqual(['host', 'press'])
})
