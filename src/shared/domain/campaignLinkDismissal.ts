import { z } from 'zod'
import type { Stored } from './record'

/** A suggested link between two campaigns that the user dismissed; never suggested again. */
export const campaignLinkDismissalSchema = z.object({
  /** The two campaign ids, sorted and joined with "|" (see pairKey). */
  pair: z.string().min(3),
})

export type CampaignLinkDismissal = Stored<z.output<typeof campaignLinkDismissalSchema>>
