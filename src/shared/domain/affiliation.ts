import { z } from 'zod'
import type { Stored } from './record'
import { id, isoDate } from './primitives'

/** A contact's role at an organization, in a screening or in a campaign. */
export const affiliationSchema = z
  .object({
    contactId: id,
    organizationId: id.optional(),
    screeningId: id.optional(),
    campaignId: id.optional(),
    role: z.string().trim().default(''),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
  })
  .refine((a) => a.organizationId ?? a.screeningId ?? a.campaignId, {
    message: 'An affiliation links a contact to an organization, a screening or a campaign',
    path: ['organizationId'],
  })

export type AffiliationInput = z.input<typeof affiliationSchema>
export type Affiliation = Stored<z.output<typeof affiliationSchema>>
