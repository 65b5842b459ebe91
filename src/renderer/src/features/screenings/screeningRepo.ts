import { screeningSchema } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const screeningRepo = createRepository({
  entity: 'Screening',
  table: () => db.screenings,
  schema: screeningSchema,
  sortKeys: ['updatedAt', 'title', 'status', 'type'],
})
