import type { SaveTarget } from '../../../shared/ipc/contract'
import { unexpectedFailure } from '../files/fileNotifications'
import { writeTextToTarget, type WriteResult } from '../files/writeTextToTarget'
import type { ExportProgress } from './exportChunks'
import type { ExportJobRequest, FromExportWorker, ToExportWorker } from './exportWorkerProtocol'

/**
 * Serializes an export in the worker and streams its chunks to the file main writes
 * atomically: the target is the old file until the last chunk is in, and stays the old file
 * when the signal aborts (Cancel) or anything fails.
 */
export async function runExportJob(
  job: ExportJobRequest,
  target: SaveTarget,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<WriteResult> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
  const send = (message: ToExportWorker) => worker.postMessage(message)
  // Messages wait here until the writer asks for them.
  const queue: FromExportWorker[] = []
  let waiting: (() => void) | undefined
  const receive = (message: FromExportWorker) => {
    if (message.type === 'progress') return onProgress(message.progress)
    queue.push(message)
    waiting?.()
  }
  worker.onmessage = ({ data }: MessageEvent<FromExportWorker>) => receive(data)
  worker.onerror = (event) => receive({ type: 'failed', detail: event.message })

  async function* chunks(): AsyncGenerator<string> {
    send({ type: 'start', job })
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (waiting = resolve))
      const message = queue.shift() as FromExportWorker
      if (message.type === 'done') return
      if (message.type === 'failed') throw new Error(message.detail)
      if (message.type === 'chunk') {
        // Asked for before this one is written, so the worker serializes during the write.
        send({ type: 'next' })
        yield message.text
      }
    }
  }

  try {
    return await writeTextToTarget(target.token, chunks(), signal).catch((error: unknown) =>
      unexpectedFailure(target.fileName, error),
    )
  } finally {
    worker.terminate()
  }
}
