import { organizationSchema } from '../../../../shared/domain/organization'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const organizationRepo = createRepository(
  'Organization',
  () => db.organizations,
  organizationSchema,
  ['name', 'type', 'stage', 'updatedAt'],
)
