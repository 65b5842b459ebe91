import { describe, expect, it } from 'vitest'
import { organizationDrag } from './organizationDrag'

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

describe('organizationDrag', () => {
  it('carries a card from dragstart to drop, with its name as plain text', () => {
    const transfer = fakeTransfer()
    organizationDrag.write(transfer, { id: 'org-1', name: 'ALU', stage: 'prospect' })

    expect(organizationDrag.carries(transfer)).toBe(true)
    expect(organizationDrag.read(transfer)).toEqual({ id: 'org-1', name: 'ALU', stage: 'prospect' })
    expect(transfer.getData('text/plain')).toBe('ALU')
    expect(transfer.effectAllowed).toBe('move')
  })

  it('ignores drags that are not cards: text, files, damaged data', () => {
    const text = fakeTransfer()
    text.setData('text/plain', 'hello')
    expect(organizationDrag.carries(text)).toBe(false)
    expect(organizationDrag.read(text)).toBeNull()

    const damaged = fakeTransfer()
    damaged.setData('application/x-impact-desk-organization', '{not json')
    expect(organizationDrag.read(damaged)).toBeNull()

    const partial = fakeTransfer()
    partial.setData('application/x-impact-desk-organization', JSON.stringify({ id: 'org-1' }))
    expect(organizationDrag.read(partial)).toBeNull()
  })
})
