import { describe, expect, it } from 'vitest'
import { screeningStatuses } from '../../../../../shared/domain/screening'
import { bySoonest, statusChange, statusColor } from './pipelineOrder'

describe('bySoonest', () => {
  it('puts undated screenings first, then the soonest, then by title', () => {
    const cards = [
      { title: 'B', startKey: '2024-05-01T18:00:00.000Z' },
      { title: 'Undated', startKey: '' },
      { title: 'A', startKey: '2024-05-01T18:00:00.000Z' },
      { title: 'Earlier', startKey: '2024-04-01T18:00:00.000Z' },
    ]
    expect(cards.sort(bySoonest).map((c) => c.title)).toEqual(['Undated', 'Earlier', 'A', 'B'])
  })
})

describe('statusColor', () => {
  it('gives each status its own colour', () => {
    const colors = screeningStatuses.map(statusColor)
    expect(new Set(colors).size).toBe(screeningStatuses.length)
    expect(statusColor('cancelled')).toBe('red')
  })
})

describe('statusChange', () => {
  it('sets the status and adds it to the history without changing the old one', () => {
    const history = [{ status: 'requested' as const, at: '2024-01-01T00:00:00.000Z' }]
    const change = statusChange({ statusHistory: history }, 'held', '2024-05-01T00:00:00.000Z')
    expect(change).toEqual({
      status: 'held',
      statusHistory: [
        { status: 'requested', at: '2024-01-01T00:00:00.000Z' },
        { status: 'held', at: '2024-05-01T00:00:00.000Z' },
      ],
    })
    expect(history).toHaveLength(1)
  })
})
