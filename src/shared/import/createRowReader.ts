import {
  importFieldsFor,
  parseValue,
  valueIssue,
  type CsvIssue,
  type CsvRow,
  type ImportField,
  type ValueResult,
} from '../csv'
import { csvIssue } from '../csv/csvIssue'
import { stripFormulaGuard } from '../csv/formulaGuard'
import { parseEmail } from '../csv/parseEmail'
import { splitCell } from '../csv/splitCell'
import { columnName } from './columnName'
import { COLUMN_AS_NOTE, COLUMN_AS_TAG, type ImportSettings } from './importSettings'

/** One row read against the mapping: values by field key, and what did not fit. */
export type RowValues = {
  row: number
  values: Record<string, unknown>
  issues: CsvIssue[]
  /** What was read otherwise than written, for the review to say (a bad email kept in notes). */
  warnings: CsvIssue[]
  /** "Header: value" lines and tags from the columns kept as notes or tags. */
  extraNotes: string[]
  extraTags: string[]
}

/** The addresses of an email cell that read, and the values that do not. */
function keptEmails(field: ImportField, text: string) {
  const good: string[] = []
  const bad: string[] = []
  for (const part of splitCell(stripFormulaGuard(text), field)) {
    const email = parseEmail(part)
    if (email) good.push(email)
    else bad.push(part)
  }
  return { good, bad }
}

/** A multi-value field's values from one more cell, each kept once. */
function addValues(values: Record<string, unknown>, key: string, added: readonly unknown[]) {
  const known = (values[key] as unknown[] | undefined) ?? []
  for (const value of added) if (!known.includes(value)) known.push(value)
  values[key] = known
}

export type RowReader = {
  read(row: CsvRow): RowValues
  /** Defaults that do not read as their field expects (shown on the mapping step). */
  defaultIssues: { key: string; result: Extract<ValueResult, { ok: false }> }[]
}

/**
 * Reads rows of one file with one mapping. A field mapped from several columns takes the first
 * non-empty cell, or every value for a multi-value field (each kept once); where no cell has a
 * value the field's default applies. Cell issues carry the row and column of the file.
 */
export function createRowReader(headers: readonly string[], settings: ImportSettings): RowReader {
  const fields = new Map(importFieldsFor(settings.entity).map((field) => [field.key, field]))
  // Cells are read as optional: a required field is checked once all its columns are read.
  const columns = settings.columns.map((target, column) => {
    const field = fields.get(target)
    return {
      column,
      target,
      field: field && { ...field, required: false },
      header: columnName(headers[column], column),
    }
  })
  const required = [...fields.values()]
    .filter((field) => field.required)
    .map((field) => ({ field, column: settings.columns.indexOf(field.key) }))
  const defaults: { field: ImportField; value: unknown }[] = []
  const defaultIssues: RowReader['defaultIssues'] = []
  for (const [key, text] of Object.entries(settings.defaults)) {
    const field = fields.get(key)
    if (!field || text.trim() === '') continue
    const result = parseValue(field, text, settings.valueOptions, settings.valueMap?.[key])
    if (result.ok) defaults.push({ field, value: result.value })
    else defaultIssues.push({ key, result })
  }

  function read({ row, fields: cells }: CsvRow): RowValues {
    const values: Record<string, unknown> = {}
    const issues: CsvIssue[] = []
    const extraNotes: string[] = []
    const extraTags: string[] = []
    const warnings: CsvIssue[] = []
    for (const { column, target, field, header } of columns) {
      const text = cells[column] ?? ''
      if (field) {
        const result = parseValue(
          field,
          text,
          settings.valueOptions,
          settings.valueMap?.[field.key],
        )
        // A bad email never drops the person: its value goes to the notes, and the row says so.
        const kept = !result.ok && field.type === 'email' ? keptEmails(field, text) : undefined
        if (kept) {
          for (const bad of kept.bad) {
            extraNotes.push(`${header}: ${bad}`)
            warnings.push(csvIssue('emailKeptInNotes', { row, column }, { value: bad }))
          }
          if (kept.good.length) addValues(values, field.key, kept.good)
        } else if (!result.ok) issues.push(valueIssue(result, row, column))
        else if (result.value !== undefined) {
          if (field.multi) addValues(values, field.key, result.value as unknown[])
          else if (!(field.key in values)) values[field.key] = result.value
          // A one-value field from several columns: a second, different value is not lost.
          else if (JSON.stringify(values[field.key]) !== JSON.stringify(result.value))
            extraNotes.push(`${header}: ${text.trim()}`)
        }
      } else if (text.trim() !== '') {
        if (target === COLUMN_AS_NOTE) extraNotes.push(`${header}: ${text.trim()}`)
        else if (target === COLUMN_AS_TAG) extraTags.push(text.trim())
      }
    }
    for (const { field, value } of defaults) if (!(field.key in values)) values[field.key] = value
    for (const { field, column } of required)
      if (!(field.key in values))
        issues.push(
          csvIssue(
            'required',
            { row, ...(column >= 0 ? { column } : {}) },
            {
              value: '',
              expected: field.header,
            },
          ),
        )
    return { row, values, issues, warnings, extraNotes, extraTags }
  }

  return { read, defaultIssues }
}
