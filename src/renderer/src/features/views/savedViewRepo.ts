import { savedViewSchema } from '../../../../shared/domain/savedView'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const savedViewRepo = createRepository({
  entity: 'SavedView',
  table: () => db.savedViews,
  schema: savedViewSchema,
  sortKeys: ['name', 'updatedAt'],
})
