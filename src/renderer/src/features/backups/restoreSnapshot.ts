import Dexie from 'dexie'
import { ImpactDeskDb } from '../../db/db'
import { ROLLUPS } from '../../db/metricRollupMiddleware'
import { BackupReadError } from './parseSnapshot'
import { type WorkspaceSnapshot, backedUpTables, readSnapshot } from './workspaceSnapshot'

/**
 * The rows of a backup taken at an older schema, brought up to the current one by the app's own
 * upgrade steps: they are written to a scratch database at the backup's version, which is then
 * opened at the current version (running every upgrade()) and read back.
 */
async function upgradedRows(snapshot: WorkspaceSnapshot): Promise<Record<string, unknown[]>> {
  const name = `impact-desk-restore-${crypto.randomUUID()}`
  try {
    const old = new ImpactDeskDb(name, snapshot.header.schemaVersion)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(snapshot.tables)) {
        if (rows.length > 0) await old.table(table).bulkAdd(rows)
      }
    })
    old.close()
    const current = new ImpactDeskDb(name)
    await current.open()
    const upgraded = await readSnapshot(current, snapshot.header.reason)
    current.close()
    return upgraded.tables
  } catch (error) {
    if (error instanceof BackupReadError) throw error
    throw new BackupReadError('damaged')
  } finally {
    await Dexie.delete(name)
  }
}

/**
 * Replaces the whole workspace with a snapshot in one transaction: every table cleared, then
 * filled. Any failure (a row the database refuses, a table it does not know) rolls the whole
 * transaction back, so the workspace is then exactly as it was.
 */
export async function restoreSnapshot(db: Dexie, snapshot: WorkspaceSnapshot): Promise<void> {
  if (snapshot.header.schemaVersion > db.verno) throw new BackupReadError('newer')
  const rows =
    snapshot.header.schemaVersion < db.verno ? await upgradedRows(snapshot) : snapshot.tables
  const tables = backedUpTables(db)
  const known = new Set(tables.map((table) => table.name))
  if (Object.keys(rows).some((name) => !known.has(name))) throw new BackupReadError('damaged')

  await db.transaction('rw', db.tables, async () => {
    // Entries first: the rollup middleware takes them out of the rollups, which then go too.
    for (const table of tables) await table.clear()
    await db.table(ROLLUPS).clear()
    for (const table of tables) {
      const list = rows[table.name]
      // Metric entries rebuild their rollups as they are added (metricRollupMiddleware).
      if (list && list.length > 0) await table.bulkAdd(list)
    }
  })
}
