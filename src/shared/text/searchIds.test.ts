import { expect, it } from 'vitest'
import { BROAD_LIMIT, CHECK_ON_RECORDS, type WordSource, searchIds } from './searchIds'

/** An index in memory, in IndexedDB's order (word, then id); counts the entries each read took. */
function source(records: { id: string; words: string[] }[]) {
  const entries = records
    .flatMap(({ id, words }) => words.map((word) => [word, id] as const))
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
  const reads: number[] = []
  const index: WordSource = {
    idsWithPrefix: async (prefix, limit = Infinity) => {
      const ids = entries.filter(([word]) => word.startsWith(prefix)).map(([, id]) => id)
      reads.push(Math.min(ids.length, limit))
      return ids.slice(0, limit)
    },
    wordsOf: async (ids) => ids.map((id) => records.find((record) => record.id === id)?.words),
  }
  return { index, reads }
}

const pad = (n: number) => String(n).padStart(5, '0')

it('reads at most a broad word’s limit of entries and says there are more', async () => {
  const records = Array.from({ length: BROAD_LIMIT * 3 }, (_, n) => ({
    id: `c${pad(n)}`,
    words: [`ma${pad(n)}`, n % 3 ? 'garcia' : 'lopez'],
  }))
  const { index, reads } = source(records)
  const broad = await searchIds(index, ['ma'])
  expect(broad.more).toBe(true)
  expect(broad.ids.size).toBe(BROAD_LIMIT)
  expect(reads).toEqual([BROAD_LIMIT])
  // A second broad word: the candidates its own bounded read found match it, the others are
  // checked on the first records only.
  const two = await searchIds(index, ['ma', 'lo'])
  expect(two.more).toBe(true)
  expect(two.ids.size).toBe(Math.ceil(BROAD_LIMIT / 3))
  expect(reads.slice(1)).toEqual([BROAD_LIMIT, BROAD_LIMIT])
  const three = await searchIds(index, ['ma', 'ga'])
  expect(three.more).toBe(true)
  expect(three.ids.size).toBeGreaterThan(CHECK_ON_RECORDS / 2)
  expect([...three.ids].every((id) => Number(id.slice(1)) % 3 !== 0)).toBe(true)
  // A selective word keeps the search exact.
  expect(await searchIds(index, ['ma00012'])).toEqual({ ids: new Set(['c00012']), more: false })
  const exact = await searchIds(index, ['ma0001', 'lopez'])
  expect(exact).toEqual({ ids: new Set(['c00012', 'c00015', 'c00018']), more: false })
})
