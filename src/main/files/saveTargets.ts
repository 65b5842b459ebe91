import { randomUUID } from 'node:crypto'

/** A token the renderer sent that main never gave out, or forgot. */
export class UnknownTokenError extends Error {
  override name = 'UnknownTokenError'
}

/**
 * The files the user chose in a save dialog, each under an opaque token. The renderer names a
 * file only by its token, so main writes nowhere the user did not choose.
 */
export function createSaveTargets() {
  const paths = new Map<string, string>()
  return {
    remember(path: string): string {
      const token = randomUUID()
      paths.set(token, path)
      return token
    },
    pathOf(token: string): string {
      const path = paths.get(token)
      if (path === undefined) throw new UnknownTokenError('Unknown file token')
      return path
    },
  }
}

export type SaveTargets = ReturnType<typeof createSaveTargets>
