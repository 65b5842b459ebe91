import { importRunSchema } from '../../../../shared/domain/importRun'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const importRunRepo = createRepository({
  entity: 'ImportRun',
  table: () => db.importRuns,
  schema: importRunSchema,
  sortKeys: ['startedAt', 'updatedAt'],
})
