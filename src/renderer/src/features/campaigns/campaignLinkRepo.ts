import { campaignLinkSchema } from '../../../../shared/domain/campaignLink'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const campaignLinkRepo = createRepository({
  entity: 'CampaignLink',
  table: () => db.campaignLinks,
  schema: campaignLinkSchema,
  sortKeys: ['updatedAt', 'type'],
})
