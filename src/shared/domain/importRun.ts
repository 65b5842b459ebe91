import { z } from 'zod'
import type { Stored } from './record'
import { isoDateTime } from './primitives'

export const importTargets = [
  'organizations',
  'contacts',
  'screenings',
  'metricEntries',
  'contactSheet',
] as const
/**
 * `running` until its last chunk is written; a run that never got there (cancelled, failed,
 * or the app closed) is rolled back, so only `committed` runs left anything behind.
 */
export const importStatuses = ['running', 'committed', 'cancelled', 'failed', 'undone'] as const

/** The tables an import writes to, and keeps prior values of. */
export const importTables = [
  'campaigns',
  'organizations',
  'contacts',
  'affiliations',
  'screenings',
  'metricDefinitions',
  'metricEntries',
] as const
export type ImportTable = (typeof importTables)[number]

const count = z.number().int().nonnegative().default(0)
const tableCounts = z.object({ created: count, updated: count, unchanged: count, skipped: count })
export type TableCounts = z.output<typeof tableCounts>

/**
 * What an import did (or, checked before writing, will do). Each row is counted once, by what
 * happened to its main record (the person on a contact sheet); each table by its records.
 */
export const importCountsSchema = z.object({
  rows: count,
  /** Rows left out because a cell or the record did not fit. */
  invalid: count,
  byRow: tableCounts.prefault({}),
  byTable: z
    .object(
      Object.fromEntries(importTables.map((table) => [table, tableCounts.prefault({})])) as Record<
        ImportTable,
        ReturnType<typeof tableCounts.prefault>
      >,
    )
    .prefault({}),
})
export type ImportCounts = z.output<typeof importCountsSchema>
export const emptyImportCounts = (): ImportCounts => importCountsSchema.parse({})

/** One import of one file: what was detected, how it was mapped, and what it changed. */
export const importRunSchema = z.object({
  fileName: z.string().min(1),
  fileSize: z.number().int().nonnegative().default(0),
  target: z.enum(importTargets),
  /** The ImportSettings it ran with (shared/import/importSettings.ts), to show and repeat. */
  settings: z.record(z.string(), z.unknown()).default({}),
  /** The file's headers, beside the settings' column targets. */
  headers: z.array(z.string()).default([]),
  counts: importCountsSchema.prefault({}),
  status: z.enum(importStatuses).default('running'),
  /** What went wrong, for a failed run (developer text; the screen says it failed). */
  error: z.string().optional(),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.optional(),
  undoneAt: isoDateTime.optional(),
})

export type ImportRunInput = z.input<typeof importRunSchema>
export type ImportRun = Stored<z.output<typeof importRunSchema>>
