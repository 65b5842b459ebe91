import { z } from 'zod'
import type { Stored } from './record'
import { id, tags, webUrl } from './primitives'

export const campaignLinkTypes = [
  'sameIssue',
  'sharedPartners',
  'precedent',
  'sameDistributor',
] as const

/** A typed link from a campaign to another one, in this workspace or outside it. */
export const campaignLinkSchema = z
  .object({
    fromCampaignId: id,
    toCampaignId: id.optional(),
    external: z.object({ name: z.string().trim().min(1), url: webUrl.optional(), tags }).optional(),
    type: z.enum(campaignLinkTypes),
    note: z.string().default(''),
  })
  .refine((link) => (link.toCampaignId === undefined) !== (link.external === undefined), {
    message: 'A link points to one campaign: in the workspace or outside it',
    path: ['toCampaignId'],
  })

export type CampaignLinkInput = z.input<typeof campaignLinkSchema>
export type CampaignLink = Stored<z.output<typeof campaignLinkSchema>>
