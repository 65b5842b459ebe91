/// <reference lib="webworker" />
import { DATABASE_NAME, ImpactDeskDb } from '../../db/db'
import { snapshotChunks } from './snapshotChunks'
import type { FromSnapshotWorker, ToSnapshotWorker } from './snapshotWorkerProtocol'
import { readSnapshot } from './workspaceSnapshot'

/**
 * Reads and serializes a backup off the window's thread: at 100,000 records the read and the
 * JSON take seconds the window would otherwise freeze for. The window pulls one chunk at a
 * time and sends it on to main, so no more than one chunk waits in the window.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: FromSnapshotWorker) => scope.postMessage(message)
let chunks: Iterator<string> | undefined

scope.onmessage = async ({ data }: MessageEvent<ToSnapshotWorker>) => {
  try {
    if (data.type === 'start') {
      const database = new ImpactDeskDb(DATABASE_NAME, data.version)
      try {
        const snapshot = await readSnapshot(database, data.reason)
        chunks = snapshotChunks(snapshot)
        post({
          type: 'read',
          counts: snapshot.header.counts,
          schemaVersion: snapshot.header.schemaVersion,
        })
      } finally {
        // Closed at once, so a schema upgrade waiting on the window is not blocked by it.
        database.close()
      }
      return
    }
    const next = chunks?.next()
    post(!next || next.done ? { type: 'end' } : { type: 'chunk', text: next.value })
  } catch (error) {
    post({ type: 'failed', detail: error instanceof Error ? error.message : String(error) })
  }
}
