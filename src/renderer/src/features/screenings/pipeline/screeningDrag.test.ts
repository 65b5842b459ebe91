import { describe, expect, it } from 'vitest'
import { screeningDrag } from './screeningDrag'

function fakeTransfer() {
  const data = new Map<string, string>()
  return {
    effectAllowed: 'uninitialized' as DataTransfer['effectAllowed'],
    get types() {
      return [...data.keys()]
    },
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
  }
}

describe('screeningDrag', () => {
  it('carries a card from dragstart to drop, with its title as plain text', () => {
    const transfer = fakeTransfer()
    const card = { id: 's-1', title: 'Union hall', status: 'confirmed' as const }
    screeningDrag.write(transfer, card)
    expect(screeningDrag.carries(transfer)).toBe(true)
    expect(screeningDrag.read(transfer)).toEqual(card)
    expect(transfer.getData('text/plain')).toBe('Union hall')
    expect(transfer.effectAllowed).toBe('move')
  })

  it('ignores text, partner cards and damaged data', () => {
    const text = fakeTransfer()
    text.setData('text/plain', 'hello')
    expect(screeningDrag.carries(text)).toBe(false)
    expect(screeningDrag.read(text)).toBeNull()

    const partner = fakeTransfer()
    partner.setData('application/x-impact-desk-organization', '{"id":"o"}')
    expect(screeningDrag.carries(partner)).toBe(false)

    const damaged = fakeTransfer()
    damaged.setData('application/x-impact-desk-screening', '{not json')
    expect(screeningDrag.read(damaged)).toBeNull()
    damaged.setData('application/x-impact-desk-screening', 'null')
    expect(screeningDrag.read(damaged)).toBeNull()
  })
})
