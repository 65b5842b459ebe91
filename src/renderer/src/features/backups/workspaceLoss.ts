import type { WorkspaceMarker } from '../../../../shared/backup/backupFormat'

/** How the database differs from what the marker says it held, if it looks lost. */
export type WorkspaceLoss = 'empty' | 'older' | 'fewer'

/**
 * Compares the database as it opened with the marker main kept outside IndexedDB. Empty while
 * the marker counted records, an older schema than the marker saw, or less than half the
 * records it counted: the database was lost, replaced or rolled back, and the user is offered
 * a backup. "Fewer" allows for deletions the marker had not yet heard of (it follows writes a
 * moment later, so a purge just before the app closed must not look like data loss).
 */
export function workspaceLoss(
  marker: WorkspaceMarker | null,
  schemaVersion: number,
  total: number,
): WorkspaceLoss | null {
  if (!marker || marker.total === 0) return null
  if (total === 0) return 'empty'
  if (schemaVersion < marker.schemaVersion) return 'older'
  if (total < marker.total / 2) return 'fewer'
  return null
}
