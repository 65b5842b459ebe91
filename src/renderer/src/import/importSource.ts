import type { FileFailure, ImportFile } from '../../../shared/ipc/contract'

/** A file to import, read piece by piece: a dropped File, or a file main opened for us. */
export type ImportSource = {
  name: string
  size: number
  read(offset: number, length: number): Promise<Uint8Array>
}

export function sourceFromFile(file: Blob & { name: string }): ImportSource {
  return {
    name: file.name,
    size: file.size,
    read: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  }
}

/** A file main opened from its dialog, read by token; a failed read says why. */
export function sourceFromImportFile(file: ImportFile): ImportSource {
  return {
    name: file.fileName,
    size: file.size,
    async read(offset, length) {
      const answer = await window.api.readImportChunk(file.token, offset, length)
      if (!answer.ok) throw new SourceReadError(answer)
      return answer.bytes
    },
  }
}

/** A failed read, as main answers it, travels to the worker as a message. */
export class SourceReadError extends Error {
  constructor(readonly failure: FileFailure) {
    super(failure.reason)
  }
}
