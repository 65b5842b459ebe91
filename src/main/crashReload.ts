/**
 * Whether the window reloads after its renderer went away: yes after a crash, a kill or running
 * out of memory, but not after a clean exit, and not more than `limit` times within `periodMs`,
 * so a page that crashes as it loads does not reload for ever. Starting again, the window rolls
 * back an import the crash cut short (see undoInterruptedImports).
 */
export function createCrashReload({ limit = 3, periodMs = 60_000, now = Date.now } = {}) {
  const reloads: number[] = []
  return (reason: string): boolean => {
    if (reason === 'clean-exit') return false
    const at = now()
    while (reloads.length && at - reloads[0]! > periodMs) reloads.shift()
    if (reloads.length >= limit) return false
    reloads.push(at)
    return true
  }
}
