import { z } from 'zod'
import type { Stored } from './record'
import { id, isoDate } from './primitives'

export const metricScopes = ['campaign', 'screening', 'organization'] as const

export const metricEntrySchema = z
  .object({
    metricId: id,
    value: z.number().finite(),
    /** The day the value was counted, or the first day of its period. */
    date: isoDate,
    periodEnd: isoDate.optional(),
    scope: z.enum(metricScopes).default('campaign'),
    screeningId: id.optional(),
    organizationId: id.optional(),
    source: z.string().trim().default(''),
    estimated: z.boolean().default(false),
    notes: z.string().default(''),
  })
  .refine(
    (e) =>
      (e.scope === 'screening') === (e.screeningId !== undefined) &&
      (e.scope === 'organization') === (e.organizationId !== undefined),
    { message: 'The scope names the screening or partner the value belongs to', path: ['scope'] },
  )

export type MetricEntryInput = z.input<typeof metricEntrySchema>
export type MetricEntry = Stored<z.output<typeof metricEntrySchema>>
