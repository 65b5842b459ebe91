import { expect, it } from 'vitest'
import { neighbourPairs } from './neighbourPairs'

const sorted = ['alpah', 'alpha', 'alpha', 'bravo', 'charlie', 'delta'].map((key, i) => ({
  id: key === 'alpha' ? `r${i}` : key,
  key,
}))

it('compares each entry with the next few only', () => {
  const seen: string[] = []
  neighbourPairs(sorted, 2, (a, b) => void seen.push(`${a.key}-${b.key}`))
  expect(seen).toEqual([
    'alpah-alpha',
    'alpah-alpha',
    'alpha-alpha',
    'alpha-bravo',
    'alpha-bravo',
    'alpha-charlie',
    'bravo-charlie',
    'bravo-delta',
    'charlie-delta',
  ])
})

it('returns the pairs that match, with how, and can work a slice at a time', () => {
  const same = (a: { key: string }, b: { key: string }) => (a.key === b.key ? 'same' : undefined)
  const pairs = neighbourPairs(sorted, 3, same)
  expect(pairs.map(({ a, b, match }) => [a.id, b.id, match])).toEqual([['r1', 'r2', 'same']])
  expect(neighbourPairs(sorted, 3, same, 0, 1)).toEqual([])
  expect(neighbourPairs(sorted, 3, same, 1, 2)).toEqual(pairs)
})

it('never pairs an entry with itself', () => {
  const twice = [
    { id: 'x', key: 'afl cio' },
    { id: 'x', key: 'afl cio' },
  ]
  expect(neighbourPairs(twice, 2, () => true)).toEqual([])
})
