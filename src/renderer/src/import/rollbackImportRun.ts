import { contactSchema, deriveContact, type Contact } from '../../../shared/domain/contact'
import type { ImportRun } from '../../../shared/domain/importRun'
import { importTables } from '../../../shared/domain/importRun'
import {
  deriveOrganization,
  organizationSchema,
  type Organization,
} from '../../../shared/domain/organization'
import type { ImpactDeskDb } from '../db/db'

const STEP = 2000

/** Puts fields back as they were; derived fields follow. */
function restored(table: string, record: Record<string, unknown>, before: Record<string, unknown>) {
  const merged = { ...record, ...before }
  if (table === 'organizations') {
    const fields = organizationSchema.safeParse(merged)
    return fields.success
      ? { ...merged, ...deriveOrganization(fields.data as Organization) }
      : merged
  }
  if (table === 'contacts') {
    const fields = contactSchema.safeParse(merged)
    return fields.success ? { ...merged, ...deriveContact(fields.data as Contact) } : merged
  }
  return merged
}

/**
 * Takes an import run back: the records it created are deleted, the fields it changed get their
 * prior values, in steps of a few thousand records, each step one transaction that also drops
 * what it has done from the run's list. So a rollback cut short (the app closed) goes on from
 * where it was when run again. Used by Cancel, by a failed run, at start for a run the app
 * never finished, and by Undo. `onStep` hears how many records were put back so far.
 */
export async function rollbackImportRun(
  db: ImpactDeskDb,
  runId: string,
  status: Extract<ImportRun['status'], 'cancelled' | 'failed' | 'undone'>,
  { error, onStep }: { error?: string; onStep?: (done: number) => void } = {},
): Promise<void> {
  let done = 0
  for (const table of [...importTables].reverse()) {
    for (;;) {
      const ids = await db.table(table).where('importRunId').equals(runId).limit(STEP).primaryKeys()
      if (!ids.length) break
      await db.table(table).bulkDelete(ids)
      done += ids.length
      onStep?.(done)
    }
  }
  for (;;) {
    const changes = await db.importChanges.where('runId').equals(runId).limit(STEP).toArray()
    if (!changes.length) break
    await db.transaction('rw', [...importTables, 'importChanges'], async () => {
      for (const table of importTables) {
        const mine = changes.filter((change) => change.table === table)
        if (!mine.length) continue
        // A record changed in several steps of the run has several changes: all go back.
        const before = new Map<string, Record<string, unknown>>()
        for (const change of mine)
          before.set(change.recordId, { ...before.get(change.recordId), ...change.before })
        const ids = [...before.keys()]
        const records = await db.table(table).bulkGet(ids)
        const puts = ids.flatMap((id, index) => {
          const record = records[index] as Record<string, unknown> | undefined
          return record ? [restored(table, record, before.get(id) ?? {})] : []
        })
        await db.table(table).bulkPut(puts)
      }
      await db.importChanges.bulkDelete(changes.map((change) => change.id))
    })
    done += changes.length
    onStep?.(done)
  }
  const at = new Date().toISOString()
  await db.importRuns.update(runId, {
    status,
    updatedAt: at,
    ...(status === 'undone' ? { undoneAt: at } : { finishedAt: at }),
    ...(error ? { error } : {}),
  })
}

/**
 * Runs the app never finished (it closed or crashed while importing) are rolled back when it
 * starts again, so the database is as it was before them.
 */
export async function rollbackInterruptedImports(db: ImpactDeskDb): Promise<number> {
  const running = await db.importRuns.where('status').equals('running').primaryKeys()
  for (const id of running) await rollbackImportRun(db, id, 'failed', { error: 'interrupted' })
  return running.length
}
