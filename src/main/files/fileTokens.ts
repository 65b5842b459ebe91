import { randomUUID } from 'node:crypto'

/** A token the renderer sent that main never gave out, or forgot. */
export class UnknownTokenError extends Error {
  override name = 'UnknownTokenError'
}

/**
 * Files the user chose in a dialog, each under an opaque token. The renderer names a file only
 * by its token, so main touches no file the user did not choose. Saving and importing keep
 * separate registries, so a file chosen to read can never be written, nor the reverse.
 */
export function createFileTokens<T>() {
  const entries = new Map<string, T>()
  return {
    remember(entry: T): string {
      const token = randomUUID()
      entries.set(token, entry)
      return token
    },
    get(token: string): T {
      const entry = entries.get(token)
      if (entry === undefined) throw new UnknownTokenError('Unknown file token')
      return entry
    },
  }
}

export type FileTokens<T> = ReturnType<typeof createFileTokens<T>>
