import type Dexie from 'dexie'
import { BackupReadError, parseSnapshot } from './parseSnapshot'
import { restoreSnapshot } from './restoreSnapshot'
import type { FromRestoreWorker, ToRestoreWorker } from './restoreWorkerProtocol'

/** A backup being restored: read and checked by `parsed`, written by `restore()`. */
export type RestoreJob = {
  /** Resolves once the whole backup is read and checked; rejects if it cannot be restored. */
  parsed: Promise<void>
  /** Replaces the workspace with the backup, in one transaction. */
  restore: () => Promise<void>
  /** Gives up before restore(): nothing was written. */
  cancel: () => void
}

function inWorker(bytes: AsyncIterable<Uint8Array>): RestoreJob {
  const worker = new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' })
  const send = (message: ToRestoreWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer)
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined
  const next = () =>
    new Promise<void>((resolve, reject) => {
      settle = { resolve, reject }
    })
  const finish = (error?: Error) => {
    const waiting = settle
    settle = undefined
    if (error) waiting?.reject(error)
    else waiting?.resolve()
  }
  worker.onmessage = ({ data }: MessageEvent<FromRestoreWorker>) => {
    if (data.type === 'parsed' || data.type === 'restored') return finish()
    worker.terminate()
    if (data.type === 'refused') return finish(new BackupReadError(data.problem))
    // A full disk crosses by name (QuotaExceededError), so the user is told that.
    finish(Object.assign(new Error(data.detail), data.name ? { name: data.name } : {}))
  }
  worker.onerror = (event) => {
    worker.terminate()
    finish(new Error(event.message))
  }

  const parsed = next()
  // The bytes go to the worker as main answers them; a failed read stops the job.
  void (async () => {
    try {
      for await (const chunk of bytes) send({ type: 'chunk', bytes: chunk }, [chunk.buffer])
      send({ type: 'end' })
    } catch (error) {
      worker.terminate()
      finish(error instanceof Error ? error : new Error(String(error)))
    }
  })()

  return {
    parsed,
    restore: async () => {
      const restored = next()
      send({ type: 'restore' })
      try {
        await restored
      } finally {
        worker.terminate()
      }
    },
    cancel: () => worker.terminate(),
  }
}

function inThread(db: Dexie, bytes: AsyncIterable<Uint8Array>): RestoreJob {
  const snapshot = parseSnapshot(bytes)
  return {
    parsed: snapshot.then(() => undefined),
    restore: async () => restoreSnapshot(db, await snapshot),
    cancel: () => undefined,
  }
}

/**
 * Restores a backup into `db`'s database. The app does it in a worker; where there is no
 * Worker (unit tests under Node) it runs on this thread, by the same code.
 */
export function restoreJob(db: Dexie, bytes: AsyncIterable<Uint8Array>): RestoreJob {
  return typeof Worker === 'function' ? inWorker(bytes) : inThread(db, bytes)
}
