import { describe, expect, it } from 'vitest'
import { strengthColor } from './strengthColor'

describe('strengthColor', () => {
  it('runs from teal for 1, the strongest trust, to red for 5, the weakest', () => {
    expect([1, 2, 3, 4, 5].map(strengthColor)).toEqual(['teal', 'green', 'yellow', 'orange', 'red'])
  })

  it('falls back to gray for a value outside the scale', () => {
    expect(strengthColor(0)).toBe('gray')
    expect(strengthColor(9)).toBe('gray')
  })
})
