import { describe, expect, it } from 'vitest'
import {
  addMonths,
  dayInZone,
  firstDayOfWeek,
  groupByDay,
  monthGrid,
  monthKey,
  monthRange,
  parseMonthKey,
  dateTimeInZone,
  timeInZone,
} from './calendarDays'

describe('dayInZone', () => {
  it('places an instant on the day it happens in its own zone', () => {
    // 10 p.m. in Toronto on 28 April is already 29 April in UTC.
    expect(dayInZone('2024-04-29T02:00:00.000Z', 'America/Toronto')).toBe('2024-04-28')
    expect(dayInZone('2024-04-29T02:00:00.000Z', 'UTC')).toBe('2024-04-29')
    // Early morning in Tokyo is the previous day in UTC.
    expect(dayInZone('2024-04-30T20:00:00.000Z', 'Asia/Tokyo')).toBe('2024-05-01')
    expect(dayInZone('2024-12-31T23:30:00.000Z', 'Pacific/Kiritimati')).toBe('2025-01-01')
  })
})

describe('months', () => {
  it('steps across years both ways', () => {
    expect(addMonths({ year: 2024, month: 12 }, 1)).toEqual({ year: 2025, month: 1 })
    expect(addMonths({ year: 2024, month: 1 }, -1)).toEqual({ year: 2023, month: 12 })
    expect(addMonths({ year: 2024, month: 4 }, 0)).toEqual({ year: 2024, month: 4 })
  })

  it('reads and writes YYYY-MM, refusing anything else', () => {
    expect(monthKey({ year: 2024, month: 4 })).toBe('2024-04')
    expect(parseMonthKey('2024-04')).toEqual({ year: 2024, month: 4 })
    expect(parseMonthKey('2024-13')).toBeNull()
    expect(parseMonthKey('april')).toBeNull()
    expect(parseMonthKey(null)).toBeNull()
  })

  it('reads from the day before the month to the day after it', () => {
    expect(monthRange({ year: 2024, month: 4 })).toEqual({
      from: '2024-03-31T00:00:00.000Z',
      to: '2024-05-01T23:59:59.999Z',
    })
    expect(monthRange({ year: 2024, month: 12 })).toEqual({
      from: '2024-11-30T00:00:00.000Z',
      to: '2025-01-01T23:59:59.999Z',
    })
  })
})

describe('monthGrid', () => {
  it('starts weeks on Sunday, padding with the days around the month', () => {
    const weeks = monthGrid({ year: 2024, month: 4 }, 0)
    expect(weeks).toHaveLength(5)
    expect(weeks[0]).toEqual([
      '2024-03-31',
      '2024-04-01',
      '2024-04-02',
      '2024-04-03',
      '2024-04-04',
      '2024-04-05',
      '2024-04-06',
    ])
    expect(weeks[4]![6]).toBe('2024-05-04')
  })

  it('starts weeks on Monday or Saturday as the locale does', () => {
    expect(monthGrid({ year: 2024, month: 4 }, 1)[0]![0]).toBe('2024-04-01')
    expect(monthGrid({ year: 2024, month: 4 }, 6)[0]![0]).toBe('2024-03-30')
    // February 2026 begins on a Sunday and fills exactly four Sunday-first weeks.
    expect(monthGrid({ year: 2026, month: 2 }, 0)).toHaveLength(4)
    expect(monthGrid({ year: 2026, month: 2 }, 1)).toHaveLength(5)
  })

  it('gives every week seven consecutive days', () => {
    const days = monthGrid({ year: 2024, month: 3 }, 1).flat()
    for (let i = 1; i < days.length; i++) {
      const gap = Date.parse(days[i]!) - Date.parse(days[i - 1]!)
      expect(gap).toBe(86_400_000)
    }
  })
})

describe('firstDayOfWeek', () => {
  it('knows Sunday for English, Monday for French, Saturday for Arabic', () => {
    expect(firstDayOfWeek('en')).toBe(0)
    expect(firstDayOfWeek('fr')).toBe(1)
    expect(firstDayOfWeek('fr-HT')).toBe(1)
    expect(firstDayOfWeek('ar')).toBe(6)
  })
})

describe('groupByDay', () => {
  it('groups screenings by their own day, in time order, leaving out undated ones', () => {
    const screenings = [
      { id: 'late', startsAt: '2024-04-29T02:00:00.000Z', timeZone: 'America/Toronto' },
      { id: 'utc', startsAt: '2024-04-29T02:00:00.000Z', timeZone: 'UTC' },
      { id: 'early', startsAt: '2024-04-28T14:00:00.000Z', timeZone: 'America/Toronto' },
      { id: 'undated', timeZone: 'UTC' },
    ]
    const days = groupByDay(screenings)
    expect(days.get('2024-04-28')?.map((s) => s.id)).toEqual(['early', 'late'])
    expect(days.get('2024-04-29')?.map((s) => s.id)).toEqual(['utc'])
    expect([...days.keys()]).toHaveLength(2)
  })
})

describe('timeInZone', () => {
  it('shows the time in the screening’s zone with its abbreviation', () => {
    expect(timeInZone('2024-04-29T02:00:00.000Z', 'America/Toronto', 'en')).toBe('10:00 PM EDT')
    expect(timeInZone('2024-01-15T19:30:00.000Z', 'America/Toronto', 'en')).toBe('2:30 PM EST')
    const start = dateTimeInZone('2024-04-29T02:00:00.000Z', 'America/Toronto', 'en')
    expect(start).toMatch(/Sun, Apr 28, 2024.*10:00\sPM EDT/)
  })
})
