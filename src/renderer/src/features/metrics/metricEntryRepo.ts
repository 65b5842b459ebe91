import { metricEntrySchema } from '../../../../shared/domain/metricEntry'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const metricEntryRepo = createRepository({
  entity: 'MetricEntry',
  table: () => db.metricEntries,
  schema: metricEntrySchema,
  sortKeys: ['date', 'updatedAt'],
})
