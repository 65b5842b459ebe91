import { describe, expect, it } from 'vitest'
import { parseLocaleNumber } from './parseNumber'

describe('parseLocaleNumber', () => {
  it('reads English numbers, with grouping and a decimal point', () => {
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5)
    expect(parseLocaleNumber('1234', 'en')).toBe(1234)
    expect(parseLocaleNumber(' 42 ', 'en')).toBe(42)
    expect(parseLocaleNumber('-3', 'en')).toBe(-3)
    expect(parseLocaleNumber('12.5%', 'en')).toBe(12.5)
    expect(parseLocaleNumber('.5', 'en')).toBe(0.5)
  })

  it('reads a decimal comma in English when it cannot be grouping', () => {
    expect(parseLocaleNumber('12,5', 'en')).toBe(12.5)
    expect(parseLocaleNumber('1,234', 'en')).toBe(1234)
  })

  it('reads Spanish and French numbers with their own marks', () => {
    expect(parseLocaleNumber('1.234,5', 'es')).toBe(1234.5)
    expect(parseLocaleNumber('12,5', 'es')).toBe(12.5)
    expect(parseLocaleNumber('12.500', 'es')).toBe(12500)
    expect(parseLocaleNumber('12.5', 'es')).toBe(12.5)
    expect(parseLocaleNumber('1 234,5', 'fr')).toBe(1234.5)
    expect(parseLocaleNumber('1\u202f234,5', 'fr')).toBe(1234.5)
    expect(parseLocaleNumber('12.5', 'fr')).toBe(12.5)
    expect(parseLocaleNumber('3,75', 'ht')).toBe(3.75)
  })

  it('reads Arabic-Indic digits and marks', () => {
    expect(parseLocaleNumber('١٢٣٫٥', 'ar')).toBe(123.5)
    expect(parseLocaleNumber('1,234.5', 'ar')).toBe(1234.5)
  })

  it('answers null rather than guessing', () => {
    for (const text of ['', 'abc', '12a', '1,2,3', '1.2.3', '--4', '12,', '1 2 3 4'])
      expect(parseLocaleNumber(text, 'en'), text).toBeNull()
    expect(parseLocaleNumber('1,234,5', 'fr')).toBeNull()
  })
})
