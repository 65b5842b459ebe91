/// <reference lib="webworker" />
import { db } from '../db/db'
import { CHUNK_LENGTH } from '../files/writeTextToTarget'
import { exportChunks } from './exportChunks'
import type { FromExportWorker, ToExportWorker } from './exportWorkerProtocol'

/**
 * The export worker: reads records by id in pages and serializes them off the window's thread.
 * Pages are gathered into chunks of about 1 MB (fewer IPC calls), and it sends one at a time,
 * waiting for the window's "next": the window asks as soon as it has a chunk, so the next one
 * is serialized while the last is written, and a slow disk holds back the reading instead of
 * piling chunks up in memory.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const post = (message: FromExportWorker) => scope.postMessage(message)

let wanted: (() => void) | undefined
const nextWanted = () => new Promise<void>((resolve) => (wanted = resolve))

scope.onmessage = async ({ data }: MessageEvent<ToExportWorker>) => {
  if (data.type === 'next') {
    wanted?.()
    return
  }
  const { entity, ids, options, order } = data.job
  try {
    const chunks = exportChunks(
      db,
      entity,
      ids,
      options,
      (progress) => post({ type: 'progress', progress }),
      order,
    )
    let pending: string[] = []
    let length = 0
    const send = async () => {
      const next = nextWanted()
      post({ type: 'chunk', text: pending.join('') })
      pending = []
      length = 0
      await next
    }
    for await (const text of chunks) {
      pending.push(text)
      length += text.length
      if (length >= CHUNK_LENGTH) await send()
    }
    if (pending.length) await send()
    post({ type: 'done' })
  } catch (error) {
    post({ type: 'failed', detail: error instanceof Error ? error.message : String(error) })
  }
}
