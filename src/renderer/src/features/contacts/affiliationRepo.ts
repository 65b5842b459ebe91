import { affiliationSchema } from '../../../../shared/domain/affiliation'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const affiliationRepo = createRepository(
  'Affiliation',
  () => db.affiliations,
  affiliationSchema,
  ['updatedAt', 'role'],
)
