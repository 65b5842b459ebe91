import { open, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import { createI18n } from '../../shared/i18n/createI18n'
import type { Locale } from '../../shared/i18n/locales'
import type { ReadChunkOutcome } from '../../shared/ipc/contract'
import type { Handlers } from '../ipc/handlers'
import type { MainDeps } from '../ipc/mainDeps'
import { createFileTokens } from './fileTokens'
import { readFailure } from './readFailure'

type ImportMethods = 'chooseImportFile' | 'readImportChunk'

/** What the file was when chosen; a read of anything else would splice two versions. */
type ChosenFile = { path: string; fileName: string; size: number; mtimeMs: number }

/** Fills `bytes` from `position`; a read may answer fewer bytes than asked before the end. */
async function readAt(handle: FileHandle, bytes: Uint8Array, position: number): Promise<number> {
  let filled = 0
  while (filled < bytes.length) {
    const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled
}

/**
 * Reading files the user chose to import: main shows the open dialog and answers with a token,
 * then the renderer reads the file by token in chunks, so it never holds a path and main never
 * holds the whole file.
 */
export function createImportFileHandlers(
  deps: MainDeps,
  currentLocale: () => Locale,
): Pick<Handlers, ImportMethods> {
  const files = createFileTokens<ChosenFile>()

  return {
    async chooseImportFile() {
      const { t } = createI18n(currentLocale())
      const path = await deps.showOpenDialog({
        filters: [
          { name: t('files.openDialog.csvFiles'), extensions: ['csv', 'tsv', 'txt'] },
          { name: t('files.openDialog.allFiles'), extensions: ['*'] },
        ],
      })
      if (!path) return null
      const stats = await stat(path)
      if (!stats.isFile()) throw new Error(`Not a file: ${basename(path)}`)
      const fileName = basename(path)
      const token = files.remember({ path, fileName, size: stats.size, mtimeMs: stats.mtimeMs })
      return { token, fileName, size: stats.size }
    },

    async readImportChunk(token, offset, length): Promise<ReadChunkOutcome> {
      const chosen = files.get(token)
      let handle: FileHandle | undefined
      try {
        handle = await open(chosen.path, 'r')
        const stats = await handle.stat()
        if (stats.size !== chosen.size || stats.mtimeMs !== chosen.mtimeMs) {
          return { ok: false, reason: 'changed', fileName: chosen.fileName, detail: 'changed' }
        }
        // A plain Uint8Array, never a Buffer: the e2e host's binding flattens Buffers to objects.
        const bytes = new Uint8Array(Math.max(0, Math.min(length, stats.size - offset)))
        const read = await readAt(handle, bytes, offset)
        return { ok: true, bytes: read === bytes.length ? bytes : bytes.slice(0, read) }
      } catch (error) {
        return readFailure(chosen.fileName, error)
      } finally {
        await handle?.close()
      }
    },
  }
}
