import { expect, it } from 'vitest'
import { dateFormats, importFieldsFor, type DateFormat, type ImportField } from '../csv'
import { parseDate } from '../csv/parseDate'
import { csvHead, csvText } from './csvText'
import { formatCell } from './formatCell'
import { formatDate } from './formatDate'
import { formatDateTime } from './formatDateTime'
import { plainNumber } from './plainNumber'

const field = (entity: 'contacts' | 'screenings' | 'metricEntries', key: string) =>
  importFieldsFor(entity).find((candidate) => candidate.key === key) as ImportField
const comma = { delimiter: ',', dateFormat: 'iso' } as const

it('neutralises formula cells, multi-line and full-width ones included, and only those', () => {
  const notes = field('contacts', 'notes')
  expect(formatCell(notes, '=HYPERLINK("http://x")', comma)).toBe(`'=HYPERLINK("http://x")`)
  expect(formatCell(notes, '\n=1+1\nsecond line', comma)).toBe(`'\n=1+1\nsecond line`)
  expect(formatCell(notes, '＝1', comma)).toBe(`'＝1`)
  expect(formatCell(notes, "'=already", comma)).toBe(`''=already`)
  expect(formatCell(notes, "'90s", comma)).toBe("'90s")
  expect(formatCell(notes, 'plain, "quoted"', comma)).toBe('plain, "quoted"')
})

it('joins several values with "; " and guards the joined cell', () => {
  expect(formatCell(field('contacts', 'tags'), ['-left', 'speaker'], comma)).toBe(`'-left; speaker`)
  expect(formatCell(field('contacts', 'tags'), [], comma)).toBe('')
})

it('writes yes/no, English enum labels, and numbers with the decimal mark of the delimiter', () => {
  expect(formatCell(field('contacts', 'sensitive'), true, comma)).toBe('yes')
  expect(formatCell(field('screenings', 'type'), 'unionHall', comma)).toBe('Union hall')
  expect(formatCell(field('metricEntries', 'value'), 1234.5, comma)).toBe('1234.5')
  expect(formatCell(field('metricEntries', 'value'), 1234.5, { ...comma, delimiter: ';' })).toBe(
    '1234,5',
  )
  expect(formatCell(field('metricEntries', 'value'), -3, comma)).toBe(`'-3`)
})

it('writes numbers as plain digits, never in exponent form', () => {
  expect(plainNumber(1e21, '.')).toBe('1000000000000000000000')
  expect(plainNumber(5e-7, '.')).toBe('0.0000005')
  expect(plainNumber(-1.25e-8, ',')).toBe('-0,0000000125')
  expect(plainNumber(7.049912246875465e21, '.')).toBe('7049912246875465000000')
  for (const value of [1e21, 5e-7, -1.25e-8, 123.456, 7.049912246875465e21])
    expect(Number(plainNumber(value, '.'))).toBe(value)
})

it('writes dates in every format the importer reads, as its example shows', () => {
  for (const [format, { example }] of Object.entries(dateFormats)) {
    expect(formatDate('2024-04-28', format as DateFormat)).toBe(example)
    expect(parseDate(formatDate('2024-01-05', format as DateFormat), format as DateFormat)).toEqual(
      { ok: true, value: '2024-01-05' },
    )
  }
})

it('writes a start as the wall clock of its zone, with the offset in ISO', () => {
  expect(formatDateTime('2024-04-28T22:30:00.000Z', 'America/Toronto', 'iso')).toBe(
    '2024-04-28T18:30-04:00',
  )
  expect(formatDateTime('2024-04-28T22:30:00.000Z', 'America/Toronto', 'dmySlash')).toBe(
    '28/04/2024 18:30',
  )
  // Seconds, and the second 1:30 of a night clocks fall back, need the offset to say them.
  expect(formatDateTime('2024-04-28T22:30:15.000Z', 'UTC', 'dmySlash')).toBe(
    '2024-04-28T22:30:15+00:00',
  )
  expect(formatDateTime('2024-11-03T06:30:00.000Z', 'America/Toronto', 'mdySlash')).toBe(
    '2024-11-03T01:30-05:00',
  )
  expect(formatDateTime('2024-11-03T05:30:00.000Z', 'America/Toronto', 'mdySlash')).toBe(
    '11/03/2024 01:30',
  )
})

it('starts the file with the BOM when asked, and ends every row with CRLF', () => {
  expect(csvHead(['Name', 'Tags'], { bom: true, delimiter: ';' })).toBe('\ufeffName;Tags\r\n')
  expect(csvHead(['Name'], { bom: false, delimiter: ',' })).toBe('Name\r\n')
  expect(csvText([['a;b', 'c\nd', ' e']], { delimiter: ';' })).toBe('"a;b";"c\nd";" e"\r\n')
})
