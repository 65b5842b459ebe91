import { expect, it } from 'vitest'
import { similarity } from './similarity'
import { withinEdits } from './withinEdits'

it('says whether two words are within so many edits, as the full distance would', () => {
  expect(withinEdits('nonprofit', 'nonprofitt', 1)).toBe(true)
  expect(withinEdits('nonprofit', 'nonprofitt', 0)).toBe(false)
  expect(withinEdits('festival', 'festvial', 2)).toBe(true)
  expect(withinEdits('festival', 'festvial', 1)).toBe(false)
  expect(withinEdits('union', 'government', 3)).toBe(false)
  expect(withinEdits('', 'abc', 3)).toBe(true)
  // Against the full distance, for every pair of a few words and limits.
  const words = ['union', 'unoin', 'onion', 'campus', 'campusgroup', 'cinema', 'cinemas', '']
  for (const a of words)
    for (const b of words)
      for (let max = 0; max <= 4; max++) {
        const longest = Math.max(a.length, b.length)
        const distance = Math.round((1 - similarity(a, b)) * longest)
        expect(withinEdits(a, b, max), `${a} ${b} ${max}`).toBe(distance <= max)
      }
})
