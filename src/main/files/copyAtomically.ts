import { promises as fs } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { beginAtomicWrite } from './atomicWrite'
import { toFileWriteError } from './fileWriteError'

/**
 * Copies a file a megabyte at a time into a temporary file beside the target, then fsyncs and
 * renames it over the target: the target is the old file or the whole copy, never half.
 * Errors are FileWriteErrors naming the target.
 */
export async function copyAtomically(source: string, target: string): Promise<void> {
  const write = await beginAtomicWrite(target)
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(source, 'r')
    const buffer = new Uint8Array(1 << 20)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      await write.write(buffer.slice(0, bytesRead))
    }
    await write.commit()
  } catch (error) {
    await write.abort()
    throw toFileWriteError(target, error)
  } finally {
    await handle?.close()
  }
}
