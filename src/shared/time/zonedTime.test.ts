import { describe, expect, it } from 'vitest'
import {
  dayRange,
  instantToWallClock,
  readWallClock,
  timeZones,
  wallClockToInstant,
  zoneAbbreviation,
} from './zonedTime'

describe('wallClockToInstant', () => {
  it('reads the wall clock in the screening zone, not the machine zone', () => {
    expect(wallClockToInstant('2024-04-28 18:00', 'America/Toronto')).toBe(
      '2024-04-28T22:00:00.000Z',
    )
    expect(wallClockToInstant('2024-01-15 18:00:00', 'America/Toronto')).toBe(
      '2024-01-15T23:00:00.000Z',
    )
    expect(wallClockToInstant('2024-07-01 19:30', 'Asia/Tokyo')).toBe('2024-07-01T10:30:00.000Z')
    expect(wallClockToInstant('2024-07-01 19:30', 'Asia/Kolkata')).toBe('2024-07-01T14:00:00.000Z')
    expect(wallClockToInstant('2024-06-01 20:00', 'Pacific/Kiritimati')).toBe(
      '2024-06-01T06:00:00.000Z',
    )
    expect(wallClockToInstant('2024-06-01 20:00', 'Pacific/Pago_Pago')).toBe(
      '2024-06-02T07:00:00.000Z',
    )
    expect(wallClockToInstant('2024-06-01 20:00', 'UTC')).toBe('2024-06-01T20:00:00.000Z')
  })

  it('handles the days the clocks change', () => {
    // Toronto springs forward at 02:00 on 2024-03-10: 01:30 is EST, 03:30 is EDT.
    expect(wallClockToInstant('2024-03-10 01:30', 'America/Toronto')).toBe(
      '2024-03-10T06:30:00.000Z',
    )
    expect(wallClockToInstant('2024-03-10 03:30', 'America/Toronto')).toBe(
      '2024-03-10T07:30:00.000Z',
    )
    // 02:30 does not exist that day; it becomes 03:30 EDT.
    expect(wallClockToInstant('2024-03-10 02:30', 'America/Toronto')).toBe(
      '2024-03-10T07:30:00.000Z',
    )
    // 01:30 happens twice on 2024-11-03; the first (EDT) is kept.
    expect(wallClockToInstant('2024-11-03 01:30', 'America/Toronto')).toBe(
      '2024-11-03T05:30:00.000Z',
    )
    // The southern hemisphere: Sydney leaves daylight time on 2024-04-07.
    expect(wallClockToInstant('2024-04-06 18:00', 'Australia/Sydney')).toBe(
      '2024-04-06T07:00:00.000Z',
    )
    expect(wallClockToInstant('2024-04-08 18:00', 'Australia/Sydney')).toBe(
      '2024-04-08T08:00:00.000Z',
    )
  })

  it('refuses text that is not a wall-clock time', () => {
    expect(wallClockToInstant('', 'UTC')).toBeUndefined()
    expect(wallClockToInstant('tomorrow', 'UTC')).toBeUndefined()
  })
})

describe('readWallClock', () => {
  const reading = (kind: string, earlier: string, later = earlier) => ({ kind, earlier, later })

  it('says when the clocks skip a time, with the instants before and after the gap', () => {
    // New York springs forward at 02:00 on 2024-03-10: 02:30 never shows on a clock.
    expect(readWallClock('2024-03-10 02:30', 'America/New_York')).toEqual(
      reading('gap', '2024-03-10T06:30:00.000Z', '2024-03-10T07:30:00.000Z'),
    )
    // Paris springs forward at 02:00 on 2024-03-31 (CET to CEST).
    expect(readWallClock('2024-03-31 02:15', 'Europe/Paris')).toEqual(
      reading('gap', '2024-03-31T00:15:00.000Z', '2024-03-31T01:15:00.000Z'),
    )
    // Sydney springs forward at 02:00 on 2024-10-06, in the southern spring.
    expect(readWallClock('2024-10-06 02:30', 'Australia/Sydney')).toEqual(
      reading('gap', '2024-10-05T15:30:00.000Z', '2024-10-05T16:30:00.000Z'),
    )
  })

  it('says when the clocks repeat a time, with its first and second occurrence', () => {
    expect(readWallClock('2024-11-03 01:30', 'America/New_York')).toEqual(
      reading('overlap', '2024-11-03T05:30:00.000Z', '2024-11-03T06:30:00.000Z'),
    )
    expect(readWallClock('2024-10-27 02:30', 'Europe/Paris')).toEqual(
      reading('overlap', '2024-10-27T00:30:00.000Z', '2024-10-27T01:30:00.000Z'),
    )
    // Sydney falls back at 03:00 on 2024-04-07, in the southern autumn.
    expect(readWallClock('2024-04-07 02:30', 'Australia/Sydney')).toEqual(
      reading('overlap', '2024-04-06T15:30:00.000Z', '2024-04-06T16:30:00.000Z'),
    )
  })

  it('reads an ordinary time once, even on the day the clocks change', () => {
    expect(readWallClock('2024-03-10 03:30', 'America/New_York')).toEqual(
      reading('exact', '2024-03-10T07:30:00.000Z'),
    )
    expect(readWallClock('2024-11-03 19:00', 'America/New_York')).toEqual(
      reading('exact', '2024-11-04T00:00:00.000Z'),
    )
    expect(readWallClock('2024-06-01 20:00', 'UTC')).toEqual(
      reading('exact', '2024-06-01T20:00:00.000Z'),
    )
    expect(readWallClock('tomorrow', 'UTC')).toBeUndefined()
  })
})

describe('instantToWallClock', () => {
  it('gives back what was entered, in the same zone', () => {
    for (const [wall, zone] of [
      ['2024-04-28 18:00:00', 'America/Toronto'],
      ['2024-11-03 01:30:00', 'America/Toronto'],
      ['2024-12-31 23:45:00', 'Asia/Tokyo'],
      ['2024-06-01 20:00:00', 'Pacific/Pago_Pago'],
    ] as const) {
      expect(instantToWallClock(wallClockToInstant(wall, zone)!, zone)).toBe(wall)
    }
  })
})

describe('zoneAbbreviation', () => {
  it('names the zone as it was at that instant', () => {
    expect(zoneAbbreviation('2024-04-28T22:00:00.000Z', 'America/Toronto', 'en-US')).toBe('EDT')
    expect(zoneAbbreviation('2024-01-15T23:00:00.000Z', 'America/Toronto', 'en-US')).toBe('EST')
  })
})

describe('dayRange', () => {
  it('bounds whole days in a zone, either end open', () => {
    expect(dayRange('2024-04-28', '2024-04-28', 'America/Toronto')).toEqual({
      lower: '2024-04-28T04:00:00.000Z',
      upper: '2024-04-29T04:00:00.000Z',
    })
    expect(dayRange('', '2024-12-31', 'UTC')).toEqual({
      lower: undefined,
      upper: '2025-01-01T00:00:00.000Z',
    })
  })
})

it('lists UTC among the zones', () => {
  expect(timeZones()).toContain('UTC')
  expect(timeZones()).toContain('America/Toronto')
})
