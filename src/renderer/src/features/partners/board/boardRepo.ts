import Dexie from 'dexie'
import type { Organization, partnershipStages } from '../../../../../shared/domain/organization'
import { LIVE } from '../../../../../shared/domain/record'
import { db } from '../../../db/db'
import type { Page } from '../../../db/repository'

export type Stage = (typeof partnershipStages)[number]

/**
 * The live organizations of one stage, by name, straight from the `[deletedAt+stage+name]`
 * index: a column reads its first cards and a key count, never the whole table, so a board of
 * 10,000 partners opens as fast as one of ten.
 */
const inStage = (stage: Stage) =>
  db.organizations
    .where('[deletedAt+stage+name]')
    .between([LIVE, stage, Dexie.minKey], [LIVE, stage, Dexie.maxKey], true, true)

export const boardRepo = {
  /** The first `limit` organizations of a stage in name order, and how many the stage holds. */
  async column(stage: Stage, limit: number): Promise<Page<Organization>> {
    const [items, total] = await Promise.all([
      inStage(stage).limit(limit).toArray(),
      inStage(stage).count(),
    ])
    return { items, total }
  },
}
