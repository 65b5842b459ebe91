/// <reference lib="webworker" />
import { DATABASE_NAME, ImpactDeskDb } from '../../db/db'
import { BackupReadError, parseSnapshot } from './parseSnapshot'
import type { FromRestoreWorker, ToRestoreWorker } from './restoreWorkerProtocol'
import { restoreSnapshot } from './restoreSnapshot'
import { isStorageFull } from '../../storage/storageFull'

/**
 * Reads a backup and restores it off the window's thread: at 100,000 records parsing and
 * writing take seconds the window would otherwise freeze for. The backup is read whole and
 * checked first; the workspace is replaced only when the window says so (after it has backed
 * up the present one).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: FromRestoreWorker) => scope.postMessage(message)

const queue: (Uint8Array | null)[] = []
let wake: (() => void) | undefined
let go: (() => void) | undefined
const goAhead = new Promise<void>((resolve) => (go = resolve))

async function* incoming(): AsyncGenerator<Uint8Array> {
  for (;;) {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve))
    const next = queue.shift()
    if (!next) return
    yield next
  }
}

scope.onmessage = ({ data }: MessageEvent<ToRestoreWorker>) => {
  if (data.type === 'restore') return go?.()
  queue.push(data.type === 'chunk' ? data.bytes : null)
  wake?.()
}

async function run() {
  const database = new ImpactDeskDb(DATABASE_NAME)
  try {
    const snapshot = await parseSnapshot(incoming())
    post({ type: 'parsed' })
    await goAhead
    await restoreSnapshot(database, snapshot)
    post({ type: 'restored' })
  } catch (error) {
    if (error instanceof BackupReadError) post({ type: 'refused', problem: error.problem })
    else {
      const detail = error instanceof Error ? error.message : String(error)
      post({
        type: 'failed',
        detail,
        ...(isStorageFull(error) ? { name: 'QuotaExceededError' } : {}),
      })
    }
  } finally {
    database.close()
  }
}

void run()
