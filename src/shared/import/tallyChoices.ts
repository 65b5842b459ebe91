import { importFieldsFor, stripFormulaGuard, type CsvRow } from '../csv'
import { choiceKey } from '../csv/choiceKey'
import { choiceSetFor, guessChoice, type ChoiceGuess } from '../csv/guessChoice'
import type { ImportSettings } from './importSettings'

/** Distinct values kept per field: past this, a column is free text rather than choices. */
export const MAX_CHOICE_VALUES = 100

/** One distinct value of a choice column: as first written, how many rows, the guess. */
export type ChoiceValue = { key: string; text: string; rows: number; guess?: ChoiceGuess }

/** The values found for one choice field, in the order first met; `truncated` past the limit. */
export type ChoiceTally = { field: string; values: ChoiceValue[]; truncated: boolean }

/**
 * Counts the distinct values of every yes/no and enum field the mapping fills from a column,
 * with the option each is guessed as, for the user to confirm or change (see ValueMap).
 */
export function createChoiceTally(settings: ImportSettings) {
  const fields = importFieldsFor(settings.entity)
  const tallies = new Map<string, { tally: ChoiceTally; byKey: Map<string, ChoiceValue> }>()
  const columns = settings.columns.flatMap((target, column) => {
    const field = fields.find((candidate) => candidate.key === target)
    const set = field && choiceSetFor(field)
    if (!field || !set) return []
    if (!tallies.has(field.key))
      tallies.set(field.key, {
        tally: { field: field.key, values: [], truncated: false },
        byKey: new Map(),
      })
    return [{ column, field, set }]
  })

  function add(rows: readonly CsvRow[]) {
    for (const { column, field, set } of columns) {
      const entry = tallies.get(field.key)
      if (!entry) continue
      for (const row of rows) {
        const cell = stripFormulaGuard(row.fields[column] ?? '').trim()
        const parts = field.multi ? cell.split(';') : [cell]
        for (const part of parts) {
          const text = part.trim()
          if (!text) continue
          const key = choiceKey(text)
          const known = entry.byKey.get(key)
          if (known) known.rows++
          else if (entry.byKey.size >= MAX_CHOICE_VALUES) entry.tally.truncated = true
          else {
            const guess = guessChoice(set, text)
            const value: ChoiceValue = { key, text, rows: 1, ...(guess ? { guess } : {}) }
            entry.byKey.set(key, value)
            entry.tally.values.push(value)
          }
        }
      }
    }
  }

  return {
    add,
    result: (): ChoiceTally[] => [...tallies.values()].map(({ tally }) => tally),
  }
}
