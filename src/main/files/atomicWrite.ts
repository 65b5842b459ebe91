import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { FileWriteError, toFileWriteError } from './fileWriteError'

/** The file-system calls the writer makes; tests hand it ones that fail on cue. */
export type AtomicWriteIo = Pick<typeof fs, 'open' | 'rename' | 'rm' | 'stat'>

/** A write in progress: its chunks go to a temporary file until commit puts it in place. */
export type AtomicWrite = {
  readonly target: string
  /** Appends a chunk. A string is written as UTF-8, even when a chunk splits an emoji. */
  write: (chunk: string | Uint8Array) => Promise<void>
  /** Flushes to disk and renames over the target: the target is then the whole new file. */
  commit: () => Promise<void>
  /** Deletes the temporary file; the target stays as it was. */
  abort: () => Promise<void>
}

/** Beside the target, so the rename stays on one file system and is atomic. */
export function tempPathFor(target: string): string {
  const name = basename(target).slice(0, 180)
  return join(dirname(target), `.${name}.${randomBytes(6).toString('hex')}.partial`)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

async function writeAll(handle: FileHandle, bytes: Uint8Array) {
  let offset = 0
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset)
    if (bytesWritten <= 0) throw Object.assign(new Error('Nothing was written'), { code: 'EIO' })
    offset += bytesWritten
  }
}

async function modeOf(target: string, io: AtomicWriteIo): Promise<number> {
  try {
    const stats = await io.stat(target)
    return stats.isFile() ? stats.mode & 0o777 : 0o666
  } catch {
    return 0o666
  }
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncDirectory(dir: string, io: AtomicWriteIo) {
  let handle: FileHandle | undefined
  try {
    handle = await io.open(dir, 'r')
    await handle.sync()
  } catch {
    // Best effort: Windows cannot open a folder for syncing, and the rename is already done.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Starts writing `target` the crash-safe way: chunks go to a temporary file beside it, which is
 * fsynced and renamed over the target on commit. A crash, a full disk or an abort leaves the
 * old target (or none) as it was; a failure deletes the temporary file. Errors are
 * FileWriteErrors that name the file and the cause.
 */
export async function beginAtomicWrite(
  target: string,
  io: AtomicWriteIo = fs,
): Promise<AtomicWrite> {
  const temp = tempPathFor(target)
  let handle: FileHandle
  try {
    handle = await io.open(temp, 'wx', await modeOf(target, io))
  } catch (error) {
    throw toFileWriteError(target, error)
  }

  let finished = false
  let closed = false
  // A high surrogate that ended the last text chunk waits for its other half.
  let heldBack = ''
  let queue: Promise<unknown> = Promise.resolve()

  async function discard() {
    finished = true
    if (!closed) await handle.close().catch(() => undefined)
    closed = true
    await io.rm(temp, { force: true }).catch(() => undefined)
  }

  /** One step at a time, in call order; a failing step discards the temporary file. */
  function step(action: () => Promise<void>): Promise<void> {
    const run = queue.then(async () => {
      if (finished) throw new FileWriteError(target, 'unknown', 'EALREADYFINISHED')
      try {
        await action()
      } catch (error) {
        await discard()
        throw toFileWriteError(target, error)
      }
    })
    queue = run.catch(() => undefined)
    return run
  }

  return {
    target,
    write: (chunk) =>
      step(async () => {
        if (typeof chunk !== 'string') return writeAll(handle, chunk)
        let text = heldBack + chunk
        heldBack = ''
        if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
          heldBack = text.slice(-1)
          text = text.slice(0, -1)
        }
        await writeAll(handle, Buffer.from(text, 'utf8'))
      }),
    commit: () =>
      step(async () => {
        if (heldBack) await writeAll(handle, Buffer.from(heldBack, 'utf8'))
        await handle.sync()
        closed = true
        await handle.close()
        await io.rename(temp, target)
        finished = true
        await syncDirectory(dirname(target), io)
      }),
    abort: async () => {
      await queue
      if (!finished) await discard()
    },
  }
}
