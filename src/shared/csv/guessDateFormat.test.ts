import { expect, it } from 'vitest'
import { guessDateFormat, type DateSample } from './guessDateFormat'
import { parseDate } from './parseDate'

const column = (...values: string[]): DateSample[] =>
  values.map((value, index) => ({ value, row: index + 2 }))

it('takes day first from a first number over 12, and says which cell shows it', () => {
  const samples = column('04/03/2024', '', '28/04/2024', '05/05/2024')
  expect(guessDateFormat(samples)).toEqual({
    format: 'dmySlash',
    reason: 'firstOver12',
    sample: { value: '28/04/2024', row: 4 },
  })
  // Excel in a European locale writes dots; some sheets dashes.
  expect(guessDateFormat(column('01.04.2024', '28.04.2024'))).toMatchObject({ format: 'dmyDot' })
  expect(guessDateFormat(column('28-04-2024 19:00'))).toMatchObject({ format: 'dmyDash' })
})

it('takes month first from a second number over 12, one-digit months included', () => {
  expect(guessDateFormat(column('4/5/2024', '4/28/2024 7:00 PM'))).toEqual({
    format: 'mdySlash',
    reason: 'secondOver12',
    sample: { value: '4/28/2024 7:00 PM', row: 3 },
  })
})

it('takes ISO from a four-digit year first, with or without a time after it', () => {
  expect(guessDateFormat(column('2024-04-01 10:15:30'))).toMatchObject({
    format: 'iso',
    reason: 'yearFirst',
  })
  expect(guessDateFormat(column('2024-04-28T18:00:00Z'))).toMatchObject({ format: 'iso' })
  expect(guessDateFormat(column('2024/04/28'))).toMatchObject({ format: 'ymdSlash' })
})

it('reads month names either side of the day', () => {
  expect(guessDateFormat(column('28 Apr 2024'))).toMatchObject({
    format: 'dMonY',
    reason: 'monthName',
  })
  expect(guessDateFormat(column('Apr 28, 2024'))).toMatchObject({ format: 'monDY' })
  expect(guessDateFormat(column('Sunday, April 28, 2024 7:00 PM'))).toMatchObject({
    format: 'monDY',
  })
})

it('lets the first decisive cell decide, past cells that could go either way', () => {
  expect(guessDateFormat(column('01/02/2024', '03/04/2024', '13/04/2024'))).toMatchObject({
    format: 'dmySlash',
    sample: { row: 4 },
  })
})

it('follows the separator and the locale when no cell decides', () => {
  const either = column('01/02/2024', '03/04/2024')
  expect(guessDateFormat(either)).toMatchObject({ format: 'dmySlash', reason: 'ambiguous' })
  expect(guessDateFormat(either, { monthFirst: true })).toMatchObject({ format: 'mdySlash' })
  expect(guessDateFormat(column('01.02.2024'), { monthFirst: true })).toMatchObject({
    format: 'dmyDot',
  })
})

it('keeps the default when the rows hold no dates', () => {
  expect(guessDateFormat(column('', 'soon'))).toEqual({ format: 'iso', reason: 'noDates' })
  expect(guessDateFormat([], { fallback: 'dmySlash' })).toMatchObject({ format: 'dmySlash' })
})

it('reads the formats real tools write', () => {
  const cases = [
    ['iso', '2024-04-01 10:15:30', '2024-04-01'],
    ['mdySlash', '4/28/2024', '2024-04-28'],
    ['dmyDot', '28.04.2024', '2024-04-28'],
    ['monDY', 'Apr 28, 2024', '2024-04-28'],
    ['monDY', 'April 3 2024', '2024-04-03'],
    ['monDY', 'Sunday, April 28, 2024', '2024-04-28'],
  ] as const
  for (const [format, text, value] of cases)
    expect(parseDate(text, format), text).toEqual({ ok: true, value })
  expect(parseDate('Foo 28, 2024', 'monDY')).toEqual({ ok: false, code: 'invalidDate' })
  expect(parseDate('Feb 30, 2024', 'monDY')).toEqual({ ok: false, code: 'impossibleDate' })
})
