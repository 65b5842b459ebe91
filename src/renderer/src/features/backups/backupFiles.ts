import { type BackupReason, totalOf } from '../../../../shared/backup/backupFormat'
import {
  type CommitBackupOutcome,
  type FileFailure,
  type FileOutcome,
  MAX_READ_CHUNK,
} from '../../../../shared/ipc/contract'
import type Dexie from 'dexie'
import { db as defaultDb } from '../../db/db'
import { restoreJob } from './restoreJob'
import { snapshotStream } from './snapshotStream'
import { reportWorkspace, trustWorkspace } from './workspaceGuard'
import { countRows } from './workspaceSnapshot'

/** A backup file main could not read (moved, deleted, unreadable). */
export class BackupFileError extends Error {
  override name = 'BackupFileError'
  constructor(readonly failure: FileFailure) {
    super(`${failure.fileName} could not be read (${failure.reason})`)
  }
}

/**
 * Backs up the whole workspace into the backups folder: read in one transaction, streamed to
 * main in chunks, written to a temporary file that main fsyncs and renames into place.
 */
export async function backUpWorkspace(
  reason: BackupReason,
  db: Dexie = defaultDb,
): Promise<CommitBackupOutcome> {
  const snapshot = await snapshotStream(db, reason)
  let writeId: string | undefined
  try {
    const begun = await window.api.beginBackup(reason)
    if (!begun.ok) return begun
    writeId = begun.writeId
    for await (const chunk of snapshot.chunks) {
      const written = await window.api.writeChunk(writeId, chunk)
      // Main has discarded the temporary file of a failed write.
      if (!written.ok) return written
    }
    const committed = await window.api.commitBackup(writeId)
    writeId = undefined
    if (committed.ok) await reportWorkspace(snapshot.schemaVersion, snapshot.counts)
    return committed
  } catch (error) {
    if (writeId) await window.api.abortWrite(writeId).catch(() => undefined)
    throw error
  } finally {
    snapshot.close()
  }
}

/** A backup's bytes from main, a chunk at a time. */
export async function* backupBytes(id: string): AsyncGenerator<Uint8Array> {
  for (let offset = 0; ;) {
    const read = await window.api.readBackupChunk(id, offset, MAX_READ_CHUNK)
    if (!read.ok) throw new BackupFileError(read)
    if (read.bytes.length > 0) yield read.bytes
    if (read.bytes.length < MAX_READ_CHUNK) return
    offset += read.bytes.length
  }
}

/**
 * Puts a backup back: it is read and checked whole first, then the present workspace is backed
 * up (unless it is empty), then the backup replaces it in one transaction. A backup that cannot
 * be read, or a failure while restoring, leaves the workspace as it was.
 */
export async function restoreBackup(id: string, db: Dexie = defaultDb): Promise<FileOutcome> {
  const job = restoreJob(db, backupBytes(id))
  try {
    await job.parsed
    if (totalOf(await countRows(db)) > 0) {
      const saved = await backUpWorkspace('before-restore', db)
      if (!saved.ok) {
        job.cancel()
        return saved
      }
    }
  } catch (error) {
    job.cancel()
    throw error
  }
  await job.restore()
  // Restoring is the user's own choice of workspace, also from the recovery screen.
  trustWorkspace()
  await reportWorkspace(db.verno, await countRows(db))
  return { ok: true }
}
