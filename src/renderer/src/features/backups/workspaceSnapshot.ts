import type Dexie from 'dexie'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupReason,
} from '../../../../shared/backup/backupFormat'
import { ROLLUPS } from '../../db/metricRollupMiddleware'

/** Every row of the workspace, table by table, with the header that describes them. */
export type WorkspaceSnapshot = {
  header: BackupHeader
  tables: Record<string, unknown[]>
}

/**
 * The tables a backup holds: all of them but the metric rollups, which are derived from the
 * metric entries and rebuilt as those are restored.
 */
export const backedUpTables = (db: Dexie) => db.tables.filter((table) => table.name !== ROLLUPS)

/** Rows per backed-up table, read in one transaction. */
export async function countRows(db: Dexie): Promise<Record<string, number>> {
  const tables = backedUpTables(db)
  return db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((table) => table.count()))
    return Object.fromEntries(tables.map((table, i) => [table.name, counts[i]!]))
  })
}

/**
 * Reads the whole workspace in one read transaction, so the backup is one consistent moment
 * even while the user (or an import worker) keeps writing.
 */
export async function readSnapshot(
  db: Dexie,
  reason: BackupReason,
  now = new Date(),
): Promise<WorkspaceSnapshot> {
  const tables = backedUpTables(db)
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  )
  const entries = tables.map((table, i) => [table.name, rows[i]!] as const)
  return {
    header: {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: db.verno,
      createdAt: now.toISOString(),
      reason,
      counts: Object.fromEntries(entries.map(([name, list]) => [name, list.length])),
    },
    tables: Object.fromEntries(entries),
  }
}
