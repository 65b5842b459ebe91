import { z } from 'zod'
import type { Stored } from './record'

/** Two records the user said are not duplicates; the pair is never suggested again. */
export const duplicateDismissalSchema = z.object({
  entity: z.enum(['organizations', 'contacts']),
  /** The two ids, sorted and joined with "|". */
  pair: z.string().min(3),
})

export const pairKey = (a: string, b: string) => [a, b].sort().join('|')

export type DuplicateDismissal = Stored<z.output<typeof duplicateDismissalSchema>>
