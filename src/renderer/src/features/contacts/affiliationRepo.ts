import { affiliationSchema } from '../../../../shared/domain/affiliation'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const affiliationRepo = createRepository({
  entity: 'Affiliation',
  table: () => db.affiliations,
  schema: affiliationSchema,
  sortKeys: ['updatedAt', 'role'],
})
