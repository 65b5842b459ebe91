import { duplicateDismissalSchema, pairKey } from '../../../../shared/domain/duplicateDismissal'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'
import type { DuplicateEntity } from './duplicateCandidate'

const repository = createRepository({
  entity: 'DuplicateDismissal',
  table: () => db.duplicateDismissals,
  schema: duplicateDismissalSchema,
  sortKeys: ['updatedAt'],
})

export const duplicateDismissalRepo = {
  ...repository,

  /** Remembers that two records are not duplicates; returns the dismissal (trash it to undo). */
  dismiss(entity: DuplicateEntity, a: string, b: string) {
    return repository.create({ entity, pair: pairKey(a, b) })
  },

  /** Which of these pairs were dismissed (and not undone), through the `pair` index. */
  async dismissedAmong(entity: DuplicateEntity, pairs: readonly string[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set()
    const found = await db.duplicateDismissals
      .where('pair')
      .anyOf([...pairs])
      .and((dismissal) => dismissal.deletedAt === LIVE && dismissal.entity === entity)
      .toArray()
    return new Set(found.map((dismissal) => dismissal.pair))
  },
}
