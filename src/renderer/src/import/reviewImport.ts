import type { CsvIssue, CsvReadReport } from '../../../shared/csv'
import type { ImportCounts } from '../../../shared/domain/importRun'
import type { ImportSettings } from '../../../shared/import/importSettings'
import type { ClockChange } from '../../../shared/import/screeningStart'
import { createChoiceTally, type ChoiceTally } from '../../../shared/import/tallyChoices'
import type { ImpactDeskDb } from '../db/db'
import { rowName } from '../../../shared/import/rowName'
import { createImportPlanner } from './createImportPlanner'
import type { PlannedUpdate } from './plannedUpdate'
import type { NewLinks } from './createLinkedPlanner'
import { createProgressMeter, type ImportProgress } from './importProgress'
import type { ImportSource } from './importSource'
import { readRecords } from './readRecords'

/** A row that cannot be imported as it is, with its fields, for fixing in place. */
export type ProblemRow = { row: number; name: string; fields: string[]; issues: CsvIssue[] }

/** A screening whose local start the clocks skip or repeat: it imports, as chosen. */
export type ClockChangeRow = { row: number; title: string; change: ClockChange }

export type ImportReview = {
  report: CsvReadReport
  counts: ImportCounts
  /** The first problem rows (at most MAX_PROBLEM_ROWS); `counts.invalid` counts them all. */
  problems: ProblemRow[]
  /** Rows that import, with what they import otherwise than written (at most MAX_PROBLEM_ROWS). */
  rowWarnings: ProblemRow[]
  /** Records from before the import that rows change, field by field (at most 1,000 listed). */
  updates: { listed: PlannedUpdate[]; total: number }
  /** The first starts the clocks skip or repeat (at most MAX_CLOCK_CHANGES). */
  clockChanges: ClockChangeRow[]
  /** The metrics and screenings a metric values file names that the run will make. */
  newLinks: NewLinks
  /** Per choice field filled from a column, its distinct values and the option each is read as. */
  choices: ChoiceTally[]
}

export const MAX_PROBLEM_ROWS = 1000
export const MAX_CLOCK_CHANGES = 500

export type ImportJobOptions = {
  fixes?: ReadonlyMap<number, string[]>
  signal?: AbortSignal
  onProgress?: (progress: ImportProgress) => void
  /** Rows written per transaction (see readRecords); the default suits the app. */
  batchRows?: number
}

/** Issues grouped by the row they are on. */
function byRow(issues: readonly CsvIssue[]): Map<number | undefined, CsvIssue[]> {
  const rows = new Map<number | undefined, CsvIssue[]>()
  for (const issue of issues) rows.set(issue.row, [...(rows.get(issue.row) ?? []), issue])
  return rows
}

/**
 * The review step: the whole file read and every row checked and matched, as the run would,
 * without writing anything. Answers what the run will create, update and skip, and the rows
 * that need fixing.
 */
export async function reviewImport(
  db: ImpactDeskDb,
  source: ImportSource,
  settings: ImportSettings,
  { fixes, signal, onProgress }: ImportJobOptions = {},
): Promise<ImportReview> {
  const planner = createImportPlanner(db, settings.policy, undefined, {
    createLinked: settings.createLinked ?? true,
  })
  const problems: ProblemRow[] = []
  const rowWarnings: ProblemRow[] = []
  const clockChanges: ClockChangeRow[] = []
  const choices = createChoiceTally(settings)
  const meter = createProgressMeter('reading')
  const report = await readRecords(source, settings, {
    ...(fixes ? { fixes } : {}),
    ...(signal ? { signal } : {}),
    async onBatch(records, rows, { bytes, size, rows: done }) {
      choices.add(rows)
      const { issues, warnings } = await planner.plan(records)
      // By row, once a batch: a batch's rows would otherwise each look through all of them.
      const issuesOf = byRow(issues)
      const warningsOf = byRow(warnings)
      const fieldsOf = (index: number) => rows[index]?.fields ?? []
      const nameOf = (index: number) => rowName(settings.columns, fieldsOf(index))
      records.forEach((record, index) => {
        const found = [...record.issues, ...(issuesOf.get(record.row) ?? [])]
        if (found.length && problems.length < MAX_PROBLEM_ROWS)
          problems.push({
            row: record.row,
            name: nameOf(index),
            fields: fieldsOf(index),
            issues: found,
          })
        const noted = [...(record.warnings ?? []), ...(warningsOf.get(record.row) ?? [])]
        if (noted.length && !found.length && rowWarnings.length < MAX_PROBLEM_ROWS)
          rowWarnings.push({
            row: record.row,
            name: nameOf(index),
            fields: fieldsOf(index),
            issues: noted,
          })
        if (record.clockChange && !found.length && clockChanges.length < MAX_CLOCK_CHANGES)
          clockChanges.push({
            row: record.row,
            title: record.screening?.fields.title ?? '',
            change: record.clockChange,
          })
      })
      onProgress?.(meter(bytes, size, done))
    },
  })
  return {
    report,
    counts: planner.counts(),
    updates: planner.updates(),
    problems,
    rowWarnings,
    clockChanges,
    newLinks: planner.newLinks(),
    choices: choices.result(),
  }
}
