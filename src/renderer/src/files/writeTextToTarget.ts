import type { FileOutcome } from '../../../shared/ipc/contract'

export type WriteResult = FileOutcome | { ok: 'cancelled' }

/** About 1 MB per IPC call: large exports stream, and no call holds the whole file twice. */
export const CHUNK_LENGTH = 1 << 20

/** Splits text into pieces of about `size` characters. */
export function* textChunks(text: string, size = CHUNK_LENGTH): Generator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size)
}

/**
 * Streams chunks to a file the user chose: main writes them to a temporary file and renames it
 * over the target on commit, so the target is either the old file or the whole new one. An
 * aborted signal stops the write and leaves the target as it was.
 */
export async function writeTextToTarget(
  token: string,
  chunks: Iterable<string> | AsyncIterable<string>,
  signal?: AbortSignal,
): Promise<WriteResult> {
  const begun = await window.api.beginWrite(token)
  if (!begun.ok) return begun
  const { writeId } = begun
  try {
    for await (const chunk of chunks) {
      if (signal?.aborted) {
        await window.api.abortWrite(writeId)
        return { ok: 'cancelled' }
      }
      const written = await window.api.writeChunk(writeId, chunk)
      if (!written.ok) return written
    }
    if (signal?.aborted) {
      await window.api.abortWrite(writeId)
      return { ok: 'cancelled' }
    }
    return await window.api.commitWrite(writeId)
  } catch (error) {
    await window.api.abortWrite(writeId).catch(() => undefined)
    throw error
  }
}
