import { metricEntrySchema } from '../../../../shared/domain/metricEntry'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const metricEntryRepo = createRepository(
  'MetricEntry',
  () => db.metricEntries,
  metricEntrySchema,
  ['date', 'updatedAt'],
)
