import { importRunSchema } from '../../../../shared/domain/importRun'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const importRunRepo = createRepository('ImportRun', () => db.importRuns, importRunSchema, [
  'startedAt',
  'updatedAt',
])
