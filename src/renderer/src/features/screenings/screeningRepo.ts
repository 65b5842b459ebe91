import { screeningSchema } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const screeningRepo = createRepository('Screening', () => db.screenings, screeningSchema, [
  'updatedAt',
  'title',
  'status',
  'type',
])
