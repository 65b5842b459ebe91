import { describe, expect, it } from 'vitest'
import { cardDrag } from './cardDrag'

/** Enough of a DataTransfer for the helper, without a DOM. */
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

const TYPE = 'application/x-impact-desk-organization'
const organizations = cardDrag(TYPE)

describe('cardDrag', () => {
  it('carries a card from dragstart to drop, with its name as plain text', () => {
    const transfer = fakeTransfer()
    organizations.write(transfer, { id: 'org-1', name: 'ALU', lane: 'prospect' })

    expect(organizations.carries(transfer)).toBe(true)
    expect(organizations.read(transfer)).toEqual({ id: 'org-1', name: 'ALU', lane: 'prospect' })
    expect(transfer.getData('text/plain')).toBe('ALU')
    expect(transfer.effectAllowed).toBe('move')
  })

  it('ignores drags that are not its cards: text, another board’s cards, damaged data', () => {
    const text = fakeTransfer()
    text.setData('text/plain', 'hello')
    expect(organizations.carries(text)).toBe(false)
    expect(organizations.read(text)).toBeNull()

    const screening = fakeTransfer()
    cardDrag('application/x-impact-desk-screening').write(screening, {
      id: 's-1',
      name: 'Hot Docs',
      lane: 'held',
    })
    expect(organizations.carries(screening)).toBe(false)
    expect(organizations.read(screening)).toBeNull()

    const damaged = fakeTransfer()
    damaged.setData(TYPE, '{not json')
    expect(organizations.read(damaged)).toBeNull()

    const partial = fakeTransfer()
    partial.setData(TYPE, JSON.stringify({ id: 'org-1' }))
    expect(organizations.read(partial)).toBeNull()
  })
})
