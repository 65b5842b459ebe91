import { campaignLinkSchema } from '../../../../shared/domain/campaignLink'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const campaignLinkRepo = createRepository(
  'CampaignLink',
  () => db.campaignLinks,
  campaignLinkSchema,
  ['updatedAt', 'type'],
)
