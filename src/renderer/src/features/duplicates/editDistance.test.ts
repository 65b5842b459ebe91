import { expect, it } from 'vitest'
import { editDistance } from './editDistance'

/** The textbook full-table distance (with swaps of neighbours), to check the banded one. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
      }
    }
  }
  return d[a.length]![b.length]!
}

it('counts inserts, deletes, substitutions and swapped neighbours as one edit each', () => {
  expect(editDistance('lopez', 'lopez', 2)).toBe(0)
  expect(editDistance('jon smith', 'john smith', 2)).toBe(1)
  expect(editDistance('lopez', 'lopes', 2)).toBe(1)
  expect(editDistance('lopez', 'lpoez', 2)).toBe(1)
  expect(editDistance('kitten', 'sitting', 5)).toBe(3)
  expect(editDistance('', 'abc', 5)).toBe(3)
})

it('stops at the bound instead of measuring names that are far apart', () => {
  expect(editDistance('ana lopez', 'maria garcia', 2)).toBe(3)
  expect(editDistance('a', 'abcdef', 1)).toBe(2)
  expect(editDistance('kitten', 'sitting', 2)).toBe(3)
})

it('agrees with the full table on random strings, up to the bound', () => {
  let seed = 1
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const word = () =>
    Array.from({ length: Math.floor(random() * 8) }, () => 'abc'[Math.floor(random() * 3)]).join('')
  for (let round = 0; round < 3000; round++) {
    const [a, b, max] = [word(), word(), Math.floor(random() * 4)]
    expect(editDistance(a, b, max), `${a} ~ ${b} within ${max}`).toBe(
      Math.min(reference(a, b), max + 1),
    )
  }
})
