import { metricDefinitionSchema } from '../../../../shared/domain/metricDefinition'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const metricDefinitionRepo = createRepository({
  entity: 'MetricDefinition',
  table: () => db.metricDefinitions,
  schema: metricDefinitionSchema,
  sortKeys: ['name', 'updatedAt'],
})
