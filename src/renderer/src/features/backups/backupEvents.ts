import type { BackupInfo } from '../../../../shared/backup/backupFormat'

type State = { asked: BackupInfo | null; version: number }

let state: State = { asked: null, version: 0 }
const listeners = new Set<() => void>()

function set(next: State) {
  state = next
  for (const listener of listeners) listener()
}

/**
 * The window's one restore confirmation and the backups list's freshness. A module store: the
 * menu, the Backups screen and the recovery screen all ask, and one modal answers.
 */
export const backupEvents = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  get: () => state,
  /** Asks the user to confirm restoring this backup. */
  askRestore: (backup: BackupInfo) => set({ ...state, asked: backup }),
  dismiss: () => set({ ...state, asked: null }),
  /** The folder changed (a backup made, copied in or pruned): lists read it again. */
  changed: () => set({ ...state, version: state.version + 1 }),
}
