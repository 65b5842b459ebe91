import { campaignSchema } from '../../../../shared/domain/campaign'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const campaignRepo = createRepository('Campaign', () => db.campaigns, campaignSchema, [
  'updatedAt',
  'title',
  'status',
])
