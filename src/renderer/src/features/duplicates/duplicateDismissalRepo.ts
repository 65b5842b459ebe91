import { duplicateDismissalSchema } from '../../../../shared/domain/duplicateDismissal'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const duplicateDismissalRepo = createRepository({
  entity: 'DuplicateDismissal',
  table: () => db.duplicateDismissals,
  schema: duplicateDismissalSchema,
  sortKeys: ['updatedAt'],
})
