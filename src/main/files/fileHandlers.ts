import type { FileOutcome } from '../../shared/ipc/contract'
import type { Handlers } from '../ipc/handlers'
import type { MainDeps } from '../ipc/mainDeps'
import { type AtomicWriteIo, beginAtomicWrite } from './atomicWrite'
import { FileWriteError } from './fileWriteError'
import { createFileTokens } from './fileTokens'
import { createFileWrites } from './fileWrites'
import { suggestedName, withExtension } from './saveFileName'

type FileMethods =
  | 'chooseSaveTarget'
  | 'beginWrite'
  | 'writeChunk'
  | 'commitWrite'
  | 'abortWrite'
  | 'showInFolder'
  | 'savePdf'

const filters = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
}

/** A failed write becomes an answer the renderer can explain; anything else stays an error. */
async function outcomeOf(action: () => Promise<unknown>): Promise<FileOutcome> {
  try {
    await action()
    return { ok: true }
  } catch (error) {
    if (error instanceof FileWriteError) return error.toFailure()
    throw error
  }
}

/**
 * Saving files the user chose: main shows the save dialog and answers with a token for the
 * path, then streams the renderer's chunks (or the window's PDF) to it atomically.
 */
export function createFileHandlers(
  deps: MainDeps,
  io?: AtomicWriteIo,
  writes = createFileWrites(io),
): Pick<Handlers, FileMethods> {
  const targets = createFileTokens<string>()

  return {
    async chooseSaveTarget(kind, suggestion) {
      const defaultName = suggestedName(kind, suggestion)
      const chosen = await deps.showSaveDialog({ defaultName, filters: filters[kind] })
      if (!chosen) return null
      const path = withExtension(kind, chosen)
      return { token: targets.remember(path), fileName: path.split(/[\\/]/).pop() ?? path }
    },
    async beginWrite(token) {
      const path = targets.get(token)
      try {
        return { ok: true, writeId: await writes.begin(path) }
      } catch (error) {
        if (error instanceof FileWriteError) return error.toFailure()
        throw error
      }
    },
    writeChunk: (writeId, text) => outcomeOf(() => writes.write(writeId, text)),
    commitWrite: (writeId) => outcomeOf(() => writes.commit(writeId)),
    abortWrite: (writeId) => writes.abort(writeId),
    showInFolder: (token) => deps.showItemInFolder(targets.get(token)),
    async savePdf(token) {
      const path = targets.get(token)
      const pdf = await deps.printToPdf()
      return outcomeOf(async () => {
        const write = await beginAtomicWrite(path, io)
        await write.write(pdf)
        await write.commit()
      })
    },
  }
}
