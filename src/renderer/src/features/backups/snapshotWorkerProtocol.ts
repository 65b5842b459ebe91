import type { BackupReason } from '../../../../shared/backup/backupFormat'

/** The window asks for a snapshot (at the database's own version, or an older one), then pulls. */
export type ToSnapshotWorker =
  { type: 'start'; reason: BackupReason; version?: number } | { type: 'next' }

export type FromSnapshotWorker =
  | { type: 'read'; counts: Record<string, number>; schemaVersion: number }
  | { type: 'chunk'; text: string }
  | { type: 'end' }
  | { type: 'failed'; detail: string }
