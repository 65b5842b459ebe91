import { type WorkspaceMarker, totalOf } from '../../../../shared/backup/backupFormat'
import { DATABASE_NAME, ImpactDeskDb, db } from '../../db/db'
import { SCHEMA_VERSION } from '../../db/schema'
import { autoBackUp } from './backupActions'
import { backUpWorkspace } from './backupFiles'
import { reportWorkspace, trustWorkspace, watchWorkspace } from './workspaceGuard'
import { type WorkspaceLoss, workspaceLoss } from './workspaceLoss'
import { countRows } from './workspaceSnapshot'

/** What the recovery screen shows: how the database looks lost, and what the marker said. */
export type Recovery = { loss: WorkspaceLoss; marker: WorkspaceMarker; total: number }

let recovery: Recovery | null = null
let accepted = false
export const pendingRecovery = () => recovery

const DAILY_DELAY = 60 * 1000

/** IndexedDB numbers Dexie's version n as n × 10. */
const DEXIE_VERSION_FACTOR = 10

/**
 * Before Dexie upgrades the database to a new schema, the workspace is backed up as the old
 * version holds it: the database is opened at its own version (no upgrade runs), read, closed.
 */
async function backUpBeforeUpgrade() {
  const found = (await indexedDB.databases()).find((info) => info.name === DATABASE_NAME)
  const version = Math.floor((found?.version ?? 0) / DEXIE_VERSION_FACTOR)
  if (version < 1 || version >= SCHEMA_VERSION) return
  const old = new ImpactDeskDb(DATABASE_NAME, version)
  try {
    await old.open()
    if (totalOf(await countRows(old)) > 0) await backUpWorkspace('upgrade', old)
  } finally {
    old.close()
  }
}

const isToday = (iso: string, now: Date) => new Date(iso).toDateString() === now.toDateString()

/**
 * One daily backup per calendar day the app is used; an empty workspace has none. Not while an
 * import is midway ('later'): the backup would hold half of it and take a core and hundreds of
 * MB from it, and the import backs the workspace up itself once it commits.
 */
export async function backUpDaily(): Promise<'made' | 'none' | 'later'> {
  const now = new Date()
  const backups = await window.api.listBackups()
  if (backups.some((backup) => backup.reason === 'daily' && isToday(backup.createdAt, now)))
    return 'none'
  if (totalOf(await countRows(db)) === 0) return 'none'
  if (await db.importRuns.where('status').equals('running').count()) return 'later'
  await autoBackUp('daily')
  return 'made'
}

/**
 * Opens the workspace as the window starts: backs it up before a schema upgrade, then compares
 * it with main's marker. A database that looks lost answers 'recovery' and is left untouched
 * (no marker update, no daily backup) until the user chooses; otherwise the marker follows
 * the workspace from now on and today's daily backup is made.
 */
export async function startWorkspace(): Promise<'ok' | 'recovery'> {
  await backUpBeforeUpgrade().catch((error) =>
    console.error('The backup before the upgrade failed', error),
  )
  await db.open()
  const [marker, counts] = await Promise.all([window.api.getWorkspaceMarker(), countRows(db)])
  const total = totalOf(counts)
  const loss = workspaceLoss(marker, db.verno, total)
  if (loss && marker) {
    recovery = { loss, marker, total }
    return 'recovery'
  }
  await acceptWorkspace()
  return 'ok'
}

/** From now on the workspace is the user's: its counts update the marker, dailies are made. */
export async function acceptWorkspace() {
  recovery = null
  trustWorkspace()
  await reportWorkspace(db.verno, await countRows(db))
  if (accepted) return
  accepted = true
  watchWorkspace(db)
  const daily = () =>
    void backUpDaily()
      .then((made) => {
        if (made === 'later') setTimeout(daily, DAILY_DELAY)
      })
      .catch((error) => console.error('The daily backup failed', error))
  // A minute in, not at start: at 100,000 records a backup takes a few seconds of a core the
  // first screen needs. Then hourly, so a window left open past midnight gets the next day's.
  setTimeout(daily, DAILY_DELAY)
  setInterval(daily, 60 * 60 * 1000)
}
