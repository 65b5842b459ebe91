import { expect, it } from 'vitest'
import { lastChange, withStatus } from './statusHistory'

it('appends each change with its date and finds the last time a status was entered', () => {
  const first = withStatus({ statusHistory: [] }, 'approved', '2024-04-01T10:00:00.000Z')
  expect(first).toEqual({
    status: 'approved',
    statusHistory: [{ status: 'approved', at: '2024-04-01T10:00:00.000Z' }],
  })
  const second = withStatus(first, 'cancelled', '2024-04-02T10:00:00.000Z')
  const third = withStatus(second, 'approved', '2024-04-03T10:00:00.000Z')
  expect(third.statusHistory).toHaveLength(3)
  expect(lastChange(third.statusHistory, 'approved')).toBe('2024-04-03T10:00:00.000Z')
  expect(lastChange(third.statusHistory, 'cancelled')).toBe('2024-04-02T10:00:00.000Z')
  expect(lastChange(third.statusHistory, 'held')).toBeUndefined()
})
