import { z } from 'zod'
import type { Stored } from './record'

export const savedViewEntities = ['organizations', 'contacts', 'screenings'] as const

/** A table as the user left it: search, filters, sort and columns, under a name. */
export const savedViewSchema = z.object({
  entity: z.enum(savedViewEntities),
  name: z.string().trim().min(1, 'A view needs a name'),
  search: z.string().default(''),
  filters: z.record(z.string(), z.array(z.union([z.string(), z.number()]))).default({}),
  sortBy: z.string(),
  direction: z.enum(['asc', 'desc']).default('asc'),
  columns: z.array(z.string()).default([]),
})

export type SavedViewInput = z.input<typeof savedViewSchema>
export type SavedView = Stored<z.output<typeof savedViewSchema>>
