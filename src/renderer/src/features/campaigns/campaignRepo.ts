import { campaignSchema } from '../../../../shared/domain/campaign'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'
import { recordEdit } from '../activities/activityRepo'

export const campaignRepo = createRepository({
  entity: 'Campaign',
  table: () => db.campaigns,
  schema: campaignSchema,
  sortKeys: ['updatedAt', 'title', 'status'],
  recordEdits: recordEdit('campaign'),
  editTables: () => [db.activities],
})
