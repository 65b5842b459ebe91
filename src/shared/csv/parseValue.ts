import { csvIssue, type CsvIssue, type CsvIssueCode } from './csvIssue'
import { stripFormulaGuard } from './formulaGuard'
import type { ImportField } from './importField'
import { booleanChoices } from './booleanChoices'
import { choiceSetFor, readChoice } from './guessChoice'
import { dateFormats, parseDate, type DateFormat } from './parseDate'
import { parseDecimal, type DecimalMark } from './parseDecimal'
import { parseEmail } from './parseEmail'
import { parsePhone } from './parsePhone'
import { parseTime } from './parseTime'
import { parseUrl } from './parseUrl'
import { splitCell } from './splitCell'

export type ValueOptions = {
  /** The date format the user picked, with its example shown (see `dateFormats`). */
  dateFormat: DateFormat
  decimalMark: DecimalMark
}

export const defaultValueOptions: ValueOptions = { dateFormat: 'iso', decimalMark: '.' }

export type ValueResult =
  /** `value` is undefined for an empty cell, an array for a multi-value field. */
  | { ok: true; value: unknown }
  /** `expected` is what the cell should hold: a format example, the options, a range. */
  | { ok: false; code: CsvIssueCode; expected: string; value: string }

/** Cells longer than this are refused: no field of ours holds a book. */
export const MAX_CELL_LENGTH = 100_000

type Single = { ok: true; value: unknown } | { ok: false; code: CsvIssueCode; expected: string }

/** A date, then optionally a time after a space or a T: "28/04/2024 6:30 pm", "28/04/2024 19h". */
const DATE_TIME = /^(.+?)(?:[T\s]+(\d{1,2}(?:[:h]\d{2}){0,2}\s*(?:h|[ap]\.?m\.?)?))?$/i

function parseDateTime(text: string, options: ValueOptions): Single {
  const expected = `${dateFormats[options.dateFormat].example} 18:30`
  const trimmed = text.trim()
  // An instant with its zone ("2024-04-28T22:00:00Z") is taken as it is.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) {
    const date = parseDate(trimmed.slice(0, 10), 'iso')
    const instant = new Date(trimmed)
    if (!date.ok || Number.isNaN(instant.getTime()))
      return { ok: false, code: 'impossibleDate', expected }
    return { ok: true, value: instant.toISOString() }
  }
  const parts = DATE_TIME.exec(trimmed)
  const date = parseDate(parts?.[1] ?? trimmed, options.dateFormat)
  if (!date.ok) return { ok: false, code: date.code, expected }
  const timeText = parts?.[2]
  if (!timeText) return { ok: true, value: `${date.value}T00:00` }
  // A bare hour after a date ("28/04/2024 19") reads as that hour, as it always has.
  const time = parseTime(/^\d{1,2}$/.test(timeText) ? `${timeText}:00` : timeText)
  if (!time.ok) return { ok: false, code: time.code, expected }
  return { ok: true, value: `${date.value}T${time.value}` }
}

function inRange(value: number, field: ImportField): Single {
  if (
    (field.min !== undefined && value < field.min) ||
    (field.max !== undefined && value > field.max)
  )
    return { ok: false, code: 'outOfRange', expected: `${field.min ?? ''}–${field.max ?? ''}` }
  return { ok: true, value }
}

function parseOne(
  field: ImportField,
  text: string,
  options: ValueOptions,
  chosen?: Readonly<Record<string, string>>,
): Single {
  switch (field.type) {
    case 'text':
      return { ok: true, value: text }
    case 'email': {
      const value = parseEmail(text)
      return value
        ? { ok: true, value }
        : { ok: false, code: 'invalidEmail', expected: 'name@example.org' }
    }
    case 'phone': {
      const value = parsePhone(text)
      return value
        ? { ok: true, value }
        : { ok: false, code: 'invalidPhone', expected: '+1 416 555 0100' }
    }
    case 'url': {
      const value = parseUrl(text)
      return value
        ? { ok: true, value }
        : { ok: false, code: 'invalidUrl', expected: 'https://example.org' }
    }
    case 'date': {
      const date = parseDate(text, options.dateFormat)
      return date.ok
        ? date
        : { ok: false, code: date.code, expected: dateFormats[options.dateFormat].example }
    }
    case 'dateTime':
      return parseDateTime(text, options)
    case 'time': {
      const time = parseTime(text)
      return time.ok ? time : { ok: false, code: time.code, expected: '19:00' }
    }
    case 'number':
    case 'integer': {
      const value = parseDecimal(text, options.decimalMark)
      const example = options.decimalMark === '.' ? '1,234.5' : '1.234,5'
      if (value === null)
        return {
          ok: false,
          code: 'invalidNumber',
          expected: field.type === 'integer' ? '1234' : example,
        }
      if (field.type === 'integer' && !Number.isInteger(value))
        return { ok: false, code: 'notAnInteger', expected: '1234' }
      return inRange(value, field)
    }
    case 'boolean': {
      const value = readChoice(booleanChoices, text, chosen)
      return value === null
        ? { ok: false, code: 'invalidBoolean', expected: 'yes; no' }
        : { ok: true, value: value === 'true' }
    }
    case 'enum': {
      const options_ = field.options ?? []
      const set = choiceSetFor(field)
      const value = set ? readChoice(set, text, chosen) : null
      const expected = options_.map((option) => field.optionLabels?.[option] ?? option).join('; ')
      return value === null ? { ok: false, code: 'unknownOption', expected } : { ok: true, value }
    }
  }
}

/**
 * Reads one cell for one field: the export's formula guard stripped, then trimmed; an empty
 * cell is `undefined` (or `required`); a multi-value cell is split as its tool wrote it
 * (`splitCell`) and each value read on its own. Never throws: a value that does not fit answers the issue
 * code and what was expected, for the per-cell message of the validation step. A yes/no or
 * enum value takes the user's choice for it from `chosen` (see ValueMap), else the guess.
 */
export function parseValue(
  field: ImportField,
  text: string,
  options: ValueOptions = defaultValueOptions,
  chosen?: Readonly<Record<string, string>>,
): ValueResult {
  const fail = (single: Extract<Single, { ok: false }>): ValueResult => ({ ...single, value: text })
  if (text.length > MAX_CELL_LENGTH)
    return fail({ ok: false, code: 'tooLong', expected: String(MAX_CELL_LENGTH) })
  const cell = stripFormulaGuard(text)
  if (cell.trim() === '')
    return field.required
      ? fail({ ok: false, code: 'required', expected: field.header })
      : { ok: true, value: undefined }
  if (!field.multi) {
    // Text keeps its spaces, so that an exported note imports back unchanged.
    const single = parseOne(field, field.type === 'text' ? cell : cell.trim(), options, chosen)
    return single.ok ? single : fail(single)
  }
  const values: unknown[] = []
  for (const item of splitCell(cell, field)) {
    const single = parseOne(field, item, options, chosen)
    if (!single.ok) return fail(single)
    values.push(single.value)
  }
  if (values.length === 0 && field.required)
    return fail({ ok: false, code: 'required', expected: field.header })
  return { ok: true, value: values.length ? values : undefined }
}

/** The issue for a cell that failed, with where it is, the value and what was expected. */
export function valueIssue(
  result: Extract<ValueResult, { ok: false }>,
  row: number,
  column: number,
): CsvIssue {
  return csvIssue(result.code, { row, column }, { value: result.value, expected: result.expected })
}
