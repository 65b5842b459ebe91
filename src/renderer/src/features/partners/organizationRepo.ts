import { deriveOrganization, organizationSchema } from '../../../../shared/domain/organization'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'
import { recordEdit } from '../activities/activityRepo'

export const organizationRepo = createRepository({
  entity: 'Organization',
  table: () => db.organizations,
  schema: organizationSchema,
  sortKeys: ['name', 'type', 'stage', 'updatedAt'],
  derive: deriveOrganization,
  recordEdits: recordEdit('organization'),
  editTables: () => [db.activities],
})
