import { parseDate, type DateFormat } from './parseDate'

/** A date cell of the file, with the row a spreadsheet would show it on. */
export type DateSample = { value: string; row: number }

export type DateGuessReason =
  /** "2024-04-28": a four-digit first part is the year. */
  | 'yearFirst'
  /** "28/04/2024": only a day can be over 12. */
  | 'firstOver12'
  /** "4/28/2024": the same, second. */
  | 'secondOver12'
  /** "28 Apr 2024" or "Apr 28, 2024": the month is named. */
  | 'monthName'
  /** Every number is 12 or under: the separator and the user's locale decide. */
  | 'ambiguous'
  /** No date in the rows looked at: the default stays. */
  | 'noDates'

/** The format guessed, why, and the cell that shows it (none for `noDates`). */
export type DateGuess = { format: DateFormat; reason: DateGuessReason; sample?: DateSample }

const NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})[/.-](\d{1,4})(?![\d/.-])/
const DAY_MONTH_NAME = /^\d{1,2}[\s.-]+[a-z]{3}/i
const MONTH_NAME_DAY = /^(?:[a-z]+,\s*)?[a-z]{3}[a-z]*\.?\s+\d{1,2}\b/i

const daySeparated: Record<string, DateFormat> = { '/': 'dmySlash', '.': 'dmyDot', '-': 'dmyDash' }

/** The format a decisive cell shows, or undefined when it could be either day or month first. */
function decisive(value: string): { format: DateFormat; reason: DateGuessReason } | undefined {
  const text = value.trim()
  const numeric = NUMERIC.exec(text)
  if (numeric) {
    const [, first = '', separator = '/', second = ''] = numeric
    if (first.length === 4)
      return { format: separator === '-' ? 'iso' : 'ymdSlash', reason: 'yearFirst' }
    if (Number(first) > 12)
      return { format: daySeparated[separator] ?? 'dmySlash', reason: 'firstOver12' }
    if (Number(second) > 12) return { format: 'mdySlash', reason: 'secondOver12' }
    return undefined
  }
  for (const format of ['dMonY', 'monDY'] as const) {
    const pattern = format === 'dMonY' ? DAY_MONTH_NAME : MONTH_NAME_DAY
    // The date part alone: a time may follow it ("Apr 28, 2024 7:00 PM").
    const date = text.replace(/\s+\d{1,2}([:h.]\d{2}).*$/i, '')
    if (pattern.test(text) && parseDate(date, format).ok) return { format, reason: 'monthName' }
  }
  return undefined
}

/**
 * The date format of a file's date cells, guessed from the cells themselves: the first cell that
 * only one format reads (a year first, a number over 12, a month name) decides. Cells that could
 * be either way ("04/05/2024") follow the separator: a dot or a dash is day first as in Europe,
 * a slash month first only where the user's locale writes it so (`monthFirst`).
 */
export function guessDateFormat(
  samples: readonly DateSample[],
  { monthFirst = false, fallback = 'iso' }: { monthFirst?: boolean; fallback?: DateFormat } = {},
): DateGuess {
  const filled = samples.filter((sample) => sample.value.trim() !== '')
  for (const sample of filled) {
    const found = decisive(sample.value)
    if (found) return { ...found, sample }
  }
  const numeric = filled.find((sample) => NUMERIC.test(sample.value.trim()))
  if (!numeric) return { format: fallback, reason: 'noDates' }
  const separator = NUMERIC.exec(numeric.value.trim())?.[2] ?? '/'
  const format =
    separator === '/' && monthFirst ? 'mdySlash' : (daySeparated[separator] ?? 'dmySlash')
  return { format, reason: 'ambiguous', sample: numeric }
}
