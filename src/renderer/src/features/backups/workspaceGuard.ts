import Dexie from 'dexie'
import { countRows } from './workspaceSnapshot'

// Until the database is known not to be a lost one, nothing reports its counts: an empty
// database must never overwrite the marker that says what was there.
let trusted = false
let watching = false
let timer: ReturnType<typeof setTimeout> | undefined

/** The workspace is the user's own: from now on its counts update the marker. */
export function trustWorkspace() {
  trusted = true
}

export const isWorkspaceTrusted = () => trusted

/** Tells main what the workspace holds, for its marker outside IndexedDB. */
export async function reportWorkspace(schemaVersion: number, counts: Record<string, number>) {
  if (!trusted) return
  await window.api.saveWorkspaceMarker({ schemaVersion, counts })
}

/**
 * Counts the workspace and reports it, unless an import is midway (it may yet roll back). Called
 * at once after the user removes much on purpose, so that a quick restart is not taken for loss.
 */
export async function reportNow(db: Dexie) {
  clearTimeout(timer)
  const running = await db.table('importRuns').where('status').equals('running').count()
  if (running > 0) return
  const counts = await countRows(db)
  await reportWorkspace(db.verno, counts)
}

/**
 * Keeps the marker in step with the workspace: a second after writes stop (in this window
 * or a worker), the counts are reported again. Deleting records for good thus lowers the
 * marker too, so it is not mistaken for data loss at the next start.
 */
export function watchWorkspace(db: Dexie, delay = 1000) {
  if (watching) return
  watching = true
  Dexie.on('storagemutated', () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      reportNow(db).catch((error) => console.error('Reporting the workspace failed', error))
    }, delay)
  })
}
