import { metricDefinitionSchema } from '../../../../shared/domain/metricDefinition'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const metricDefinitionRepo = createRepository(
  'MetricDefinition',
  () => db.metricDefinitions,
  metricDefinitionSchema,
  ['name', 'updatedAt'],
)
