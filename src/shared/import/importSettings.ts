import type { ImportEntity, NameOrder, SniffOverrides, ValueOptions } from '../csv'
import type { ClockChoice } from './screeningStart'
import type { ValueMap } from '../csv/valueMap'

/** What to do with a row that matches a record already there (or an earlier row of the file). */
export const duplicatePolicies = ['update', 'fill', 'skip', 'create'] as const
export type DuplicatePolicy = (typeof duplicatePolicies)[number]

/** A column that is no field: left out, or kept on each record as a line of notes or a tag. */
export const IGNORE_COLUMN = ''
export const COLUMN_AS_NOTE = ':note'
export const COLUMN_AS_TAG = ':tag'

/**
 * Everything an import needs besides the file, and everything needed to repeat it: the
 * reading overrides, the target per column (a field key or one of the column constants), a
 * default text per field (read like a cell, used where the cell is empty), how values read,
 * and the duplicates policy.
 */
export type ImportSettings = {
  entity: ImportEntity
  overrides: SniffOverrides
  columns: string[]
  defaults: Record<string, string>
  valueOptions: ValueOptions
  policy: DuplicatePolicy
  /** Per row number, the instant chosen for a screening start the clocks skip or repeat. */
  clockChoices?: Record<string, ClockChoice>
  /** Whether metrics and screenings a metric values file names, and the workspace lacks, are made. */
  createLinked?: boolean
  /** The user's option per value of a choice field; values it lacks are guessed as they read. */
  valueMap?: ValueMap
  /** How a single "Name" column is split into first and last name (given first by default). */
  nameOrder?: NameOrder
}
