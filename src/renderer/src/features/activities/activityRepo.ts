import type { Activity } from '../../../../shared/domain/activity'
import { activitySchema } from '../../../../shared/domain/activity'
import { db } from '../../db/db'
import { type FieldChange, createRepository } from '../../db/repository'

export const activityRepo = createRepository({
  entity: 'Activity',
  table: () => db.activities,
  schema: activitySchema,
  sortKeys: ['occurredAt', 'updatedAt'],
})

/** Records an edit in the timeline of the record it changed. */
export const recordEdit =
  (subjectType: Activity['subjectType']) => (subjectId: string, changes: FieldChange[]) =>
    activityRepo.create({
      subjectType,
      subjectId,
      kind: 'edit',
      occurredAt: new Date().toISOString(),
      changes,
    })

/** A record's timeline, newest first, a page at a time. */
export function timelineOf(subjectId: string, limit = 100) {
  return db.activities
    .where('[subjectId+occurredAt]')
    .between([subjectId, ''], [subjectId, '\uffff'])
    .reverse()
    .filter((activity) => activity.deletedAt === '')
    .limit(limit)
    .toArray()
}
