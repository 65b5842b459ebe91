import { campaignLinkDismissalSchema } from '../../../../shared/domain/campaignLinkDismissal'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const campaignLinkDismissalRepo = createRepository({
  entity: 'CampaignLinkDismissal',
  table: () => db.campaignLinkDismissals,
  schema: campaignLinkDismissalSchema,
  sortKeys: ['updatedAt'],
})
