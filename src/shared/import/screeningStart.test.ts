import { describe, expect, it } from 'vitest'
import { matchColumns, type ValueOptions } from '../csv'
import { createRowReader } from './createRowReader'
import { rowRecords } from './rowRecords'
import type { ClockChoice } from './screeningStart'

const headers = ['Title', 'Campaign', 'Date', 'Time', 'Time zone']

/** A schedule row read as the import reads it: columns matched from the headers, then checked. */
function screeningRow(
  cells: string[],
  {
    valueOptions = { dateFormat: 'dmySlash', decimalMark: '.' },
    clockChoices = {},
    columns = headers,
  }: {
    valueOptions?: ValueOptions
    clockChoices?: Record<string, ClockChoice>
    columns?: string[]
  } = {},
) {
  const targets = matchColumns(columns, 'screenings').map((match) => match.field ?? '')
  const reader = createRowReader(columns, {
    entity: 'screenings',
    overrides: {},
    columns: targets,
    defaults: {},
    valueOptions,
    policy: 'update',
  })
  return rowRecords('screenings', reader.read({ row: 4, fields: cells }), { clockChoices })
}

describe('a date and a time in columns of their own', () => {
  it('combine into one start, read in the screening zone', () => {
    for (const time of ['7:00 PM', '19h00', '19:00', '7pm']) {
      const row = screeningRow(['UNION', 'UNION', '28/04/2024', time, 'America/Toronto'])
      expect(row.issues, time).toEqual([])
      expect(row.screening?.fields.startsAt, time).toBe('2024-04-28T23:00:00.000Z')
      expect(row.screening?.given, time).toContain('startsAt')
      expect(row.screening?.given, time).not.toContain('startDate')
      expect(row.clockChange).toBeUndefined()
    }
  })

  it('take the date column alone as the start, with its own time if it has one', () => {
    const columns = ['Title', 'Campaign', 'Date', 'Time zone']
    const dated = screeningRow(['UNION', 'UNION', '28/04/2024 18:30', 'Europe/Paris'], { columns })
    expect(dated.screening?.fields.startsAt).toBe('2024-04-28T16:30:00.000Z')
    const day = screeningRow(['UNION', 'UNION', '28/04/2024', 'UTC'], { columns })
    expect(day.screening?.fields.startsAt).toBe('2024-04-28T00:00:00.000Z')
  })

  it('refuse a time that does not read, and a time without a date', () => {
    const bad = screeningRow(['UNION', 'UNION', '28/04/2024', 'evening', 'UTC'])
    expect(bad.issues).toMatchObject([{ code: 'invalidDate', column: 3 }])
    const undated = screeningRow(['UNION', 'UNION', '', '19:00', 'UTC'])
    expect(undated.issues).toMatchObject([{ code: 'required', params: { expected: 'Date' } }])
    expect(screeningRow(['UNION', 'UNION', '', '', 'UTC']).screening?.fields.startsAt).toBe(
      undefined,
    )
  })
})

describe('a start the clocks skip or repeat', () => {
  it('is stored after a skipped hour unless the row chooses before it, and says so', () => {
    const cells = ['Spring', 'UNION', '10/03/2024', '2:30 AM', 'America/New_York']
    const row = screeningRow(cells)
    expect(row.issues).toEqual([])
    expect(row.clockChange).toEqual({
      kind: 'gap',
      wall: '2024-03-10T02:30',
      timeZone: 'America/New_York',
      earlier: '2024-03-10T06:30:00.000Z',
      later: '2024-03-10T07:30:00.000Z',
      chosen: 'later',
    })
    expect(row.screening?.fields.startsAt).toBe('2024-03-10T07:30:00.000Z')
    const before = screeningRow(cells, { clockChoices: { 4: 'earlier' } })
    expect(before.screening?.fields.startsAt).toBe('2024-03-10T06:30:00.000Z')
    expect(before.clockChange?.chosen).toBe('earlier')
    // Another row's choice is not this row's.
    const other = screeningRow(cells, { clockChoices: { 5: 'earlier' } })
    expect(other.screening?.fields.startsAt).toBe('2024-03-10T07:30:00.000Z')
  })

  it('is stored as the first occurrence of a repeated hour unless the row chooses the second', () => {
    const cells = ['Fall', 'UNION', '03/11/2024', '01:30', 'America/New_York']
    const row = screeningRow(cells)
    expect(row.clockChange).toMatchObject({ kind: 'overlap', chosen: 'earlier' })
    expect(row.screening?.fields.startsAt).toBe('2024-11-03T05:30:00.000Z')
    const second = screeningRow(cells, { clockChoices: { 4: 'later' } })
    expect(second.screening?.fields.startsAt).toBe('2024-11-03T06:30:00.000Z')
  })

  it('is flagged in a one-column start too, and in the southern hemisphere', () => {
    const row = screeningRow(['Sydney', 'UNION', '2024-10-06 02:30', 'Australia/Sydney'], {
      columns: ['Title', 'Campaign', 'Start', 'Time zone'],
      valueOptions: { dateFormat: 'iso', decimalMark: '.' },
    })
    expect(row.clockChange).toMatchObject({ kind: 'gap', wall: '2024-10-06T02:30' })
    expect(row.screening?.fields.startsAt).toBe('2024-10-05T16:30:00.000Z')
  })

  it('leaves an unknown zone to the record check instead of breaking the row', () => {
    const row = screeningRow(['UNION', 'UNION', '28/04/2024', '19:00', 'Eastern'])
    expect(row.screening).toBeUndefined()
    expect(row.issues.map((issue) => issue.params?.['field'])).toContain('timeZone')
  })
})
