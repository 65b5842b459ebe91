import type { CsvIssue } from '../../../shared/csv'
import type { DuplicatePolicy } from '../../../shared/import/importSettings'
import type { RowRecords } from '../../../shared/import/rowRecords'
import type { ImpactDeskDb } from '../db/db'
import { createLinkedPlanner } from './createLinkedPlanner'
import { createPeoplePlanner } from './createPeoplePlanner'
import { createRunState, type BatchPlan } from './importBatch'
import { createKnownKeys } from './knownKeys'

export type PlannedBatch = BatchPlan & {
  /** Rows that read well but name a record that cannot be found (a metric, a screening). */
  issues: CsvIssue[]
}

/**
 * Decides, batch by batch, what each row of an import creates, updates, leaves unchanged or
 * skips (see createPeoplePlanner and createLinkedPlanner for how records are matched), and
 * counts it. `runId` undefined is the dry run of the review step: it plans and counts, and the
 * caller writes nothing.
 */
export function createImportPlanner(
  db: ImpactDeskDb,
  policy: DuplicatePolicy,
  runId?: string,
  options: { createLinked?: boolean } = {},
) {
  const run = createRunState(db, policy, runId)
  const known = createKnownKeys(db)
  const people = createPeoplePlanner(db, known)
  const linked = createLinkedPlanner(db, people, options)

  /**
   * Reads what a batch's rows may match, a few queries for the whole batch; answers the step
   * that plans them. A run writes the batch before only once these reads are made: a read waits
   * for every write queued before it, and the records of that batch are in memory anyway.
   */
  async function read(rows: readonly RowRecords[]): Promise<() => Promise<PlannedBatch>> {
    const batch = run.batch()
    known.nextBatch()
    const valid = rows.filter((row) => !row.issues.length)
    const peopleRows = valid.filter((row) => !row.screening && !row.metricEntry)
    const linkedRows = valid.filter((row) => row.screening || row.metricEntry)
    if (peopleRows.length) await people.prepareRows(batch, peopleRows)
    if (linkedRows.length) await linked.prepare(batch, linkedRows)
    return async () => {
      const issues: CsvIssue[] = []
      const outcomes = [
        ...(peopleRows.length ? await people.plan(batch, peopleRows) : []),
        ...(linkedRows.length ? await linked.plan(batch, linkedRows, issues) : []),
      ]
      const { counts } = run
      counts.rows += rows.length
      counts.invalid += rows.length - valid.length + issues.length
      for (const outcome of outcomes) if (outcome) counts.byRow[outcome]++
      return { ...batch.finish(), issues }
    }
  }

  /** Reads and plans a batch. */
  const plan = async (rows: readonly RowRecords[]) => (await read(rows))()

  return {
    read,
    plan,
    counts: () => run.counts,
    updates: () => ({ listed: run.updates, total: run.updatedBefore() }),
    newLinks: linked.made,
  }
}
