import type { ImportRun } from '../../../shared/domain/importRun'
import type { ImportSettings } from '../../../shared/import/importSettings'
import { db } from '../db/db'
import type { ImportProgress } from './importProgress'
import { SourceReadError, type ImportSource } from './importSource'
import type { FromWorker, JobFailure, ToWorker } from './importWorkerProtocol'
import type { ImportReview } from './reviewImport'
import { rollbackInterruptedImports } from './rollbackImportRun'

/** A review or a run in the import worker: its outcome, and Cancel. */
export type ImportJob<T> = {
  outcome: Promise<{ ok: true; value: T } | { ok: false; failure: JobFailure }>
  cancel(): void
}

type JobInput = {
  source: ImportSource
  settings: ImportSettings
  headers: string[]
  fixes: ReadonlyMap<number, string[]>
  onProgress: (progress: ImportProgress) => void
}

function start<T>(kind: 'review' | 'run', input: JobInput): ImportJob<T> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer)
  const outcome = new Promise<{ ok: true; value: T } | { ok: false; failure: JobFailure }>(
    (resolve) => {
      const finish = (result: { ok: true; value: T } | { ok: false; failure: JobFailure }) => {
        worker.terminate()
        resolve(result)
      }
      // The worker broke (an uncaught error): it is stopped, and a run it was writing is rolled
      // back at once rather than at the next start, so nothing of it stays.
      worker.onerror = async (event) => {
        event.preventDefault()
        worker.terminate()
        let detail = event.message
        if (kind === 'run')
          await rollbackInterruptedImports(db).catch((error: unknown) => {
            detail = `${detail}; ${String(error)}`
          })
        finish({ ok: false, failure: { reason: 'failed', detail } })
      }
      worker.onmessage = async ({ data }: MessageEvent<FromWorker>) => {
        if (data.type === 'read') {
          try {
            const bytes = await input.source.read(data.offset, data.length)
            send({ type: 'chunk', readId: data.readId, bytes }, [bytes.buffer])
          } catch (error) {
            if (error instanceof SourceReadError)
              send({ type: 'readFailed', readId: data.readId, failure: error.failure })
            else
              send({
                type: 'readFailed',
                readId: data.readId,
                failure: {
                  ok: false,
                  reason: 'unknown',
                  fileName: input.source.name,
                  detail: String(error),
                },
              })
          }
        } else if (data.type === 'progress') input.onProgress(data.progress)
        else if (data.type === 'reviewed') finish({ ok: true, value: data.review as T })
        else if (data.type === 'committed') finish({ ok: true, value: data.run as T })
        else finish({ ok: false, failure: data.failure })
      }
    },
  )
  send({
    type: 'start',
    job: {
      kind,
      name: input.source.name,
      size: input.source.size,
      settings: input.settings,
      headers: input.headers,
      fixes: [...input.fixes],
    },
  })
  return { outcome, cancel: () => send({ type: 'cancel' }) }
}

/** Reads and checks the whole file in the worker, writing nothing. */
export const startReview = (input: JobInput) => start<ImportReview>('review', input)

/** Writes the import in the worker; Cancel rolls back what was written. */
export const startRun = (input: JobInput) => start<ImportRun>('run', input)
