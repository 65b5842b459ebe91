import { describe, expect, it } from 'vitest'
import { sameFullName } from './sameFullName'

describe('sameFullName', () => {
  it('is the same name however it was split, in any case and with or without accents', () => {
    const ana = { firstName: 'Ana', lastName: 'María López' }
    expect(sameFullName(ana, 'Ana María López')).toBe(true)
    expect(sameFullName(ana, 'López, Ana María')).toBe(true)
    expect(sameFullName(ana, 'ana maria lopez')).toBe(true)
    expect(
      sameFullName({ firstName: 'Ana', middleName: 'María', lastName: 'López' }, 'Ana María López'),
    ).toBe(true)
  })

  it('is another name when a word differs, is missing or is added', () => {
    const ana = { firstName: 'Ana', lastName: 'López' }
    expect(sameFullName(ana, 'Ana López García')).toBe(false)
    expect(sameFullName(ana, 'Ana')).toBe(false)
    expect(sameFullName({ firstName: '', lastName: '' }, '')).toBe(false)
  })
})
