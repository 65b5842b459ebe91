import { z } from 'zod'
import type { Stored } from './record'
import { id, isoDateTime } from './primitives'

export const activitySubjects = ['contact', 'organization', 'screening', 'campaign'] as const
export const activityKinds = ['call', 'email', 'meeting', 'note', 'edit'] as const

/** A dated interaction with, or change to, a record. */
export const activitySchema = z
  .object({
    subjectType: z.enum(activitySubjects),
    subjectId: id,
    kind: z.enum(activityKinds),
    occurredAt: isoDateTime,
    summary: z.string().trim().default(''),
    details: z.string().default(''),
    /** For an edit: each field that changed, from what, to what. */
    changes: z
      .array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() }))
      .default([]),
  })
  .refine((a) => a.kind === 'edit' || a.summary !== '', {
    message: 'An activity needs a summary',
    path: ['summary'],
  })

export type ActivityInput = z.input<typeof activitySchema>
export type Activity = Stored<z.output<typeof activitySchema>>
