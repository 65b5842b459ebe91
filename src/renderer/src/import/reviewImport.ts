import type { CsvIssue, CsvReadReport } from '../../../shared/csv'
import type { ImportCounts } from '../../../shared/domain/importRun'
import type { ImportSettings } from '../../../shared/import/importSettings'
import type { ImpactDeskDb } from '../db/db'
import { createImportPlanner } from './createImportPlanner'
import { createProgressMeter, type ImportProgress } from './importProgress'
import type { ImportSource } from './importSource'
import { readRecords } from './readRecords'

/** A row that cannot be imported as it is, with its fields, for fixing in place. */
export type ProblemRow = { row: number; fields: string[]; issues: CsvIssue[] }

export type ImportReview = {
  report: CsvReadReport
  counts: ImportCounts
  /** The first problem rows (at most MAX_PROBLEM_ROWS); `counts.invalid` counts them all. */
  problems: ProblemRow[]
}

export const MAX_PROBLEM_ROWS = 1000

export type ImportJobOptions = {
  fixes?: ReadonlyMap<number, string[]>
  signal?: AbortSignal
  onProgress?: (progress: ImportProgress) => void
  /** Rows written per transaction (see readRecords); the default suits the app. */
  batchRows?: number
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
  const planner = createImportPlanner(db, settings.policy)
  const problems: ProblemRow[] = []
  const meter = createProgressMeter('reading')
  const report = await readRecords(source, settings, {
    ...(fixes ? { fixes } : {}),
    ...(signal ? { signal } : {}),
    async onBatch(records, rows, { bytes, size, rows: done }) {
      const { issues } = await planner.plan(records)
      records.forEach((record, index) => {
        const found = [...record.issues, ...issues.filter((issue) => issue.row === record.row)]
        if (found.length && problems.length < MAX_PROBLEM_ROWS)
          problems.push({ row: record.row, fields: rows[index]?.fields ?? [], issues: found })
      })
      onProgress?.(meter(bytes, size, done))
    },
  })
  return { report, counts: planner.counts(), problems }
}
