import { campaignSchema } from '../../../../shared/domain/campaign'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const campaignRepo = createRepository({
  entity: 'Campaign',
  table: () => db.campaigns,
  schema: campaignSchema,
  sortKeys: ['updatedAt', 'title', 'status'],
})
