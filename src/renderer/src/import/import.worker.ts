/// <reference lib="webworker" />
import type { FileFailure } from '../../../shared/ipc/contract'
import { db } from '../db/db'
import { isStorageFull } from '../storage/storageFull'
import type { ImportProgress } from './importProgress'
import type { ImportSource } from './importSource'
import type { FromWorker, ImportJobRequest, JobFailure, ToWorker } from './importWorkerProtocol'
import { reviewImport } from './reviewImport'
import { runImport } from './runImport'

/**
 * The import worker: parses, checks and writes off the window's thread, so the window never
 * freezes. It reads the file through the window (which holds the dropped File or main's token),
 * one chunk at a time, and writes to the same IndexedDB the window's live queries watch.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: FromWorker) => scope.postMessage(message)

class ReadFailure extends Error {
  constructor(readonly failure: FileFailure) {
    super(failure.reason)
  }
}

const reads = new Map<
  number,
  { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }
>()
let nextRead = 0
const controller = new AbortController()

function sourceFor(job: ImportJobRequest): ImportSource {
  return {
    name: job.name,
    size: job.size,
    read: (offset, length) =>
      new Promise((resolve, reject) => {
        const readId = nextRead++
        reads.set(readId, { resolve, reject })
        post({ type: 'read', readId, offset, length })
      }),
  }
}

function failureOf(error: unknown): JobFailure {
  if (controller.signal.aborted) return { reason: 'cancelled' }
  const cause = (error as { cause?: unknown })?.cause ?? error
  if (error instanceof ReadFailure) return { reason: 'unreadable', failure: error.failure }
  if (cause instanceof ReadFailure) return { reason: 'unreadable', failure: cause.failure }
  if (isStorageFull(cause)) return { reason: 'storageFull' }
  return { reason: 'failed', detail: String(cause) }
}

async function start(job: ImportJobRequest) {
  const options = {
    fixes: new Map(job.fixes),
    signal: controller.signal,
    onProgress: (progress: ImportProgress) => post({ type: 'progress', progress }),
  }
  try {
    if (job.kind === 'review')
      post({
        type: 'reviewed',
        review: await reviewImport(db, sourceFor(job), job.settings, options),
      })
    else
      post({
        type: 'committed',
        run: await runImport(db, sourceFor(job), job.settings, job.headers, options),
      })
  } catch (error) {
    post({ type: 'stopped', failure: failureOf(error) })
  }
}

scope.onmessage = ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'start') void start(data.job)
  else if (data.type === 'cancel') controller.abort()
  else if (data.type === 'chunk') {
    reads.get(data.readId)?.resolve(data.bytes)
    reads.delete(data.readId)
  } else if (data.type === 'readFailed') {
    reads.get(data.readId)?.reject(new ReadFailure(data.failure))
    reads.delete(data.readId)
  }
}
