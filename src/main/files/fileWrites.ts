import { randomUUID } from 'node:crypto'
import { type AtomicWrite, type AtomicWriteIo, beginAtomicWrite } from './atomicWrite'

/** A write id the renderer sent that is not in progress (never begun, or already finished). */
export class UnknownWriteError extends Error {
  override name = 'UnknownWriteError'
}

/** The atomic writes the renderer has in progress, each under an id it streams chunks to. */
export function createFileWrites(io?: AtomicWriteIo) {
  const writes = new Map<string, AtomicWrite>()

  function get(writeId: string): AtomicWrite {
    const write = writes.get(writeId)
    if (!write) throw new UnknownWriteError('Unknown write id')
    return write
  }

  /** Runs a step; a failed step has discarded its temporary file, so the write is forgotten. */
  async function run(writeId: string, action: (write: AtomicWrite) => Promise<void>) {
    const write = get(writeId)
    try {
      await action(write)
    } catch (error) {
      writes.delete(writeId)
      throw error
    }
  }

  return {
    async begin(target: string): Promise<string> {
      const write = await beginAtomicWrite(target, io)
      const writeId = randomUUID()
      writes.set(writeId, write)
      return writeId
    },
    write: (writeId: string, chunk: string) => run(writeId, (write) => write.write(chunk)),
    async commit(writeId: string) {
      await run(writeId, (write) => write.commit())
      writes.delete(writeId)
    },
    async abort(writeId: string) {
      const write = writes.get(writeId)
      writes.delete(writeId)
      await write?.abort()
    },
    /** Targets of the writes still open; for tests and for aborting them all at quit. */
    inProgress: () => [...writes.values()].map((write) => write.target),
  }
}
