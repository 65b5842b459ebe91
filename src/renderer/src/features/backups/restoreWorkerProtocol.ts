import type { BackupReadError } from './parseSnapshot'

/** The window sends the backup's bytes, then (once it is read and the present backed up) "go". */
export type ToRestoreWorker =
  { type: 'chunk'; bytes: Uint8Array } | { type: 'end' } | { type: 'restore' }

export type FromRestoreWorker =
  | { type: 'parsed' }
  | { type: 'restored' }
  | { type: 'refused'; problem: BackupReadError['problem'] }
  | { type: 'failed'; detail: string; name?: string }
