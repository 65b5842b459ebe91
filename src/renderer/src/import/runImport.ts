import { importRunSchema, importTables, type ImportRun } from '../../../shared/domain/importRun'
import type { ImportSettings } from '../../../shared/import/importSettings'
import type { ImpactDeskDb } from '../db/db'
import { createImportPlanner, type PlannedBatch } from './createImportPlanner'
import { createProgressMeter } from './importProgress'
import { inTurn } from './inTurn'
import type { ImportSource } from './importSource'
import type { ImportJobOptions } from './reviewImport'
import { readRecords } from './readRecords'
import { rollbackImportRun } from './rollbackImportRun'

/** Why a run stopped without committing: the user cancelled, or the file broke under it. */
export class ImportStopped extends Error {
  override name = 'ImportStopped'
  constructor(
    readonly status: 'cancelled' | 'failed',
    options?: { cause?: unknown },
  ) {
    super(status, options)
  }
}

/**
 * Writes an import, batch by batch, each batch one transaction that also records the run's
 * counts. A batch is planned while the one before it is written (the planner keeps the records
 * in flight, see createRunState), and written once that one is done and the next batch has
 * read what it needs. Created records carry the run id; the prior values of updated fields go
 * to importChanges. The run is `running` until its last batch is written, then `committed`.
 * Cancel, a bad file or an error rolls back what was written and throws ImportStopped; the
 * database is as it was before.
 */
export async function runImport(
  db: ImpactDeskDb,
  source: ImportSource,
  settings: ImportSettings,
  headers: readonly string[],
  { fixes, signal, onProgress, batchRows }: ImportJobOptions = {},
): Promise<ImportRun> {
  const id = crypto.randomUUID()
  const startedAt = new Date().toISOString()
  const run = {
    ...importRunSchema.parse({
      fileName: source.name,
      fileSize: source.size,
      target: settings.entity,
      settings,
      headers,
      startedAt,
    }),
    id,
    createdAt: startedAt,
    updatedAt: startedAt,
    deletedAt: '',
  } satisfies ImportRun
  await db.importRuns.add(run)
  const planner = createImportPlanner(db, settings.policy, id, {
    createLinked: settings.createLinked ?? true,
  })
  const meter = createProgressMeter('writing')

  /** One batch's records, its changes and the run's counts up to it, in one transaction. */
  const write = (plan: PlannedBatch, counts: ImportRun['counts']) => {
    const tables = importTables.filter((table) => plan.puts[table]?.length)
    return db.transaction('rw', [...tables, 'importChanges', 'importRuns'], async (tx) => {
      // Cancel does not wait for the batch: its transaction is aborted, nothing of it stays.
      signal?.throwIfAborted()
      const abort = () => tx.abort()
      signal?.addEventListener('abort', abort, { once: true })
      try {
        // Every put is asked for at once; the run's counts go with the whole run record.
        await Promise.all([
          ...tables.map((table) => db.table(table).bulkPut(plan.puts[table]!)),
          ...(plan.changes.length ? [db.importChanges.bulkPut(plan.changes)] : []),
          db.importRuns.put({ ...run, counts }),
        ])
      } finally {
        signal?.removeEventListener('abort', abort)
      }
    })
  }
  // From Cancel on, nothing more is written (the batch in flight is aborted, no other starts):
  // the window hears so at once, and the rollback follows.
  const rollingBack = () => onProgress?.({ ...meter(0, source.size, 0), phase: 'rollingBack' })
  signal?.addEventListener('abort', rollingBack, { once: true })

  // The batch being written while the next one is planned.
  const writing = inTurn()
  // The batch planned last, written once the next one has read what it needs: a read waits for
  // every write queued before it, and the next batch finds this one's records in memory.
  let planned: (() => Promise<void>) | undefined
  const writePlanned = async () => {
    const step = planned
    planned = undefined
    if (step) await writing.start(step)
  }
  try {
    const report = await readRecords(source, settings, {
      ...(fixes ? { fixes } : {}),
      ...(signal ? { signal } : {}),
      ...(batchRows ? { batchRows } : {}),
      async onBatch(records, _rows, { bytes, size, rows }) {
        const planBatch = await planner.read(records)
        await writePlanned()
        const plan = await planBatch()
        const counts = structuredClone(planner.counts())
        planned = async () => {
          await write(plan, counts)
          if (!signal?.aborted) onProgress?.(meter(bytes, size, rows))
        }
      },
    })
    await writePlanned()
    await writing.done()
    if (report.fatal) throw new ImportStopped('failed')
    // A Cancel after the last batch still undoes the run: the window has said it would.
    signal?.throwIfAborted()
    const finishedAt = new Date().toISOString()
    const committed = { counts: planner.counts(), status: 'committed' as const, finishedAt }
    await db.importRuns.update(id, { ...committed, updatedAt: finishedAt })
    return { ...run, ...committed, updatedAt: finishedAt }
  } catch (error) {
    // The batch in flight ends (commits or is aborted) before the rollback reads the run.
    await writing.settled()
    const cancelled = signal?.aborted === true
    if (!cancelled) rollingBack()
    await rollbackImportRun(db, id, cancelled ? 'cancelled' : 'failed', {
      ...(cancelled ? {} : { error: String(error) }),
    })
    throw error instanceof ImportStopped
      ? error
      : new ImportStopped(cancelled ? 'cancelled' : 'failed', { cause: error })
  } finally {
    signal?.removeEventListener('abort', rollingBack)
  }
}
