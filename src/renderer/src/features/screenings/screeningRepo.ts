import { deriveScreening, screeningSchema } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'
import { recordEdit } from '../activities/activityRepo'

export const screeningRepo = createRepository({
  entity: 'Screening',
  table: () => db.screenings,
  schema: screeningSchema,
  sortKeys: ['startKey', 'updatedAt', 'title', 'status', 'type'],
  derive: deriveScreening,
  recordEdits: recordEdit('screening'),
  editTables: () => [db.activities],
})
