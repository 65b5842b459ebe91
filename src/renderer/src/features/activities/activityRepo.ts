import { activitySchema } from '../../../../shared/domain/activity'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const activityRepo = createRepository('Activity', () => db.activities, activitySchema, [
  'occurredAt',
  'updatedAt',
])
