import { z } from 'zod'
import type { Stored } from './record'
import { impactDynamic } from './campaign'
import { id, isoDate } from './primitives'

export const metricUnits = ['count', 'people', 'currency', 'percent', 'rating'] as const
export const metricDirections = ['increase', 'decrease', 'maintain'] as const

export const metricDefinitionSchema = z.object({
  campaignId: id,
  name: z.string().trim().min(1, 'A metric needs a name'),
  unit: z.enum(metricUnits).default('count'),
  dynamic: impactDynamic.optional(),
  direction: z.enum(metricDirections).default('increase'),
  baseline: z.number().optional(),
  target: z.number().optional(),
  targetDate: isoDate.optional(),
  description: z.string().default(''),
})

export type MetricDefinitionInput = z.input<typeof metricDefinitionSchema>
export type MetricDefinition = Stored<z.output<typeof metricDefinitionSchema>>
