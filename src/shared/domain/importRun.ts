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
export const importStatuses = ['pending', 'committed', 'cancelled', 'failed', 'undone'] as const

/** One import of one file: what was detected, how it was mapped, and what it changed. */
export const importRunSchema = z.object({
  fileName: z.string().min(1),
  fileHash: z.string().default(''),
  target: z.enum(importTargets),
  settings: z
    .object({
      encoding: z.string().default('utf-8'),
      delimiter: z.string().default(','),
      headerRow: z.number().int().nonnegative().default(0),
    })
    .prefault({}),
  mapping: z.record(z.string(), z.string()).default({}),
  counts: z
    .object({
      rows: z.number().int().nonnegative().default(0),
      created: z.number().int().nonnegative().default(0),
      updated: z.number().int().nonnegative().default(0),
      skipped: z.number().int().nonnegative().default(0),
      failed: z.number().int().nonnegative().default(0),
    })
    .prefault({}),
  status: z.enum(importStatuses).default('pending'),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.optional(),
})

export type ImportRunInput = z.input<typeof importRunSchema>
export type ImportRun = Stored<z.output<typeof importRunSchema>>
