import type Dexie from 'dexie'
import type { BackupReason } from '../../../../shared/backup/backupFormat'
import { snapshotChunks } from './snapshotChunks'
import type { FromSnapshotWorker, ToSnapshotWorker } from './snapshotWorkerProtocol'
import { readSnapshot } from './workspaceSnapshot'

/** A backup being made: what it holds, and its text to stream to main. */
export type SnapshotStream = {
  counts: Record<string, number>
  schemaVersion: number
  chunks: AsyncIterable<string>
  /** Stops the work early (a failed write); harmless once the chunks are all read. */
  close: () => void
}

function inWorker(db: Dexie, reason: BackupReason): Promise<SnapshotStream> {
  const worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' })
  let waiting: ((message: FromSnapshotWorker) => void) | undefined
  const ask = (message: ToSnapshotWorker) =>
    new Promise<FromSnapshotWorker>((resolve) => {
      waiting = resolve
      worker.postMessage(message)
    })
  worker.onmessage = ({ data }: MessageEvent<FromSnapshotWorker>) => waiting?.(data)
  worker.onerror = (event) => waiting?.({ type: 'failed', detail: event.message })
  const close = () => worker.terminate()

  async function* chunks() {
    try {
      for (;;) {
        const reply = await ask({ type: 'next' })
        if (reply.type === 'chunk') yield reply.text
        else if (reply.type === 'failed') throw new Error(reply.detail)
        else return
      }
    } finally {
      close()
    }
  }

  return ask({ type: 'start', reason, version: db.verno }).then((reply) => {
    if (reply.type !== 'read') {
      close()
      throw new Error(reply.type === 'failed' ? reply.detail : 'The backup worker did not start')
    }
    return { counts: reply.counts, schemaVersion: reply.schemaVersion, chunks: chunks(), close }
  })
}

async function inThread(db: Dexie, reason: BackupReason): Promise<SnapshotStream> {
  const snapshot = await readSnapshot(db, reason)
  async function* chunks() {
    yield* snapshotChunks(snapshot)
  }
  return {
    counts: snapshot.header.counts,
    schemaVersion: snapshot.header.schemaVersion,
    chunks: chunks(),
    close: () => undefined,
  }
}

/**
 * A snapshot of `db` (at its version) as a stream of text. The app makes it in a worker; where
 * there is no Worker (unit tests under Node) it is made on this thread, by the same code.
 */
export function snapshotStream(db: Dexie, reason: BackupReason): Promise<SnapshotStream> {
  return typeof Worker === 'function' ? inWorker(db, reason) : inThread(db, reason)
}
