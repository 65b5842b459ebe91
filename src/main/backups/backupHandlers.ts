import { type FileHandle, open } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { BACKUP_EXTENSION, totalOf } from '../../shared/backup/backupFormat'
import { createI18n } from '../../shared/i18n/createI18n'
import type { Locale } from '../../shared/i18n/locales'
import type { CommitBackupOutcome, ReadChunkOutcome } from '../../shared/ipc/contract'
import { copyAtomically } from '../files/copyAtomically'
import { FileWriteError } from '../files/fileWriteError'
import type { createFileWrites } from '../files/fileWrites'
import { readFailure } from '../files/readFailure'
import type { Handlers } from '../ipc/handlers'
import type { MainDeps } from '../ipc/mainDeps'
import { NotABackupError, createBackupStore, readHeader } from './backupStore'
import { createMarkerFile } from './markerFile'

type BackupMethods =
  | 'beginBackup'
  | 'commitBackup'
  | 'listBackups'
  | 'readBackupChunk'
  | 'saveBackupCopy'
  | 'addBackupFile'
  | 'getWorkspaceMarker'
  | 'saveWorkspaceMarker'

type FileWrites = ReturnType<typeof createFileWrites>

function failureOf(error: unknown) {
  if (error instanceof FileWriteError) return error.toFailure()
  throw error
}

/**
 * Backups and the workspace marker, both in the app's data folder, outside IndexedDB: a lost
 * or emptied database leaves them standing. Backup chunks travel the same chunked, atomic write
 * path as exports (`writes`), so files:write-chunk and files:abort-write serve them too.
 */
export function createBackupHandlers(
  deps: MainDeps,
  writes: FileWrites,
  currentLocale: () => Locale,
): Pick<Handlers, BackupMethods> {
  const dataDir = () => {
    if (!deps.dataDir) throw new Error('This app has no data folder for backups')
    return deps.dataDir
  }
  let store: ReturnType<typeof createBackupStore> | undefined
  /** The backup each write in progress will become, by write id. */
  const pending = new Map<string, string>()
  const backups = () => (store ??= createBackupStore(join(dataDir(), 'backups')))
  const marker = () => createMarkerFile(join(dataDir(), 'workspace-marker.json'))
  const filters = () => {
    const { t } = createI18n(currentLocale())
    return [
      { name: t('backups.dialog.fileType'), extensions: [BACKUP_EXTENSION] },
      { name: t('files.openDialog.allFiles'), extensions: ['*'] },
    ]
  }

  return {
    async beginBackup(reason) {
      try {
        const target = await backups().newTarget(reason)
        const writeId = await writes.begin(target)
        pending.set(writeId, basename(target))
        return { ok: true, writeId }
      } catch (error) {
        return failureOf(error)
      }
    },
    async commitBackup(writeId): Promise<CommitBackupOutcome> {
      const id = pending.get(writeId)
      if (!id) throw new Error('Not a backup in progress')
      pending.delete(writeId)
      try {
        await writes.commit(writeId)
      } catch (error) {
        return failureOf(error)
      }
      await backups().prune()
      return { ok: true, id }
    },
    listBackups: () => backups().list(),
    async readBackupChunk(id, offset, length): Promise<ReadChunkOutcome> {
      const path = await backups().pathOf(id)
      let handle: FileHandle | undefined
      try {
        handle = await open(path, 'r')
        // A plain Uint8Array, never a Buffer: the e2e host's binding flattens Buffers to objects.
        const bytes = new Uint8Array(length)
        let filled = 0
        while (filled < length) {
          const { bytesRead } = await handle.read(bytes, filled, length - filled, offset + filled)
          if (bytesRead === 0) break
          filled += bytesRead
        }
        return { ok: true, bytes: filled === length ? bytes : bytes.slice(0, filled) }
      } catch (error) {
        return readFailure(id, error)
      } finally {
        await handle?.close()
      }
    },
    async saveBackupCopy(id) {
      const source = await backups().pathOf(id)
      const header = await readHeader(source)
      const day = header.createdAt.slice(0, 10)
      const chosen = await deps.showSaveDialog({
        defaultName: `Impact Desk ${day}.${BACKUP_EXTENSION}`,
        filters: filters(),
      })
      if (!chosen) return null
      const target = /\.[^./\\]+$/.test(chosen) ? chosen : `${chosen}.${BACKUP_EXTENSION}`
      try {
        await copyAtomically(source, target)
      } catch (error) {
        return failureOf(error)
      }
      return { ok: true, fileName: basename(target) }
    },
    async addBackupFile() {
      const chosen = await deps.showOpenDialog({ filters: filters() })
      if (!chosen) return null
      let id: string
      try {
        id = await backups().addFile(chosen)
      } catch (error) {
        if (error instanceof FileWriteError) return error.toFailure()
        if (error instanceof NotABackupError) {
          return {
            ok: false,
            reason: 'unknown',
            fileName: basename(chosen),
            detail: 'not-a-backup',
          }
        }
        return readFailure(basename(chosen), error)
      }
      await backups().prune()
      const backup = (await backups().list()).find((listed) => listed.id === id)
      if (!backup) throw new Error('The copied backup is not in the folder')
      return { ok: true, backup }
    },
    getWorkspaceMarker: () => marker().read(),
    async saveWorkspaceMarker(state) {
      const [latest] = await backups().list()
      await marker().write({
        ...state,
        total: totalOf(state.counts),
        reportedAt: new Date().toISOString(),
        lastBackupAt: latest?.createdAt ?? null,
      })
    },
  }
}
