import type { FileFailure } from '../../../shared/ipc/contract'
import type { ImportRun } from '../../../shared/domain/importRun'
import type { ImportSettings } from '../../../shared/import/importSettings'
import type { ImportProgress } from './importProgress'
import type { ImportReview } from './reviewImport'

/** What the window asks of the import worker: review a file, or run its import. */
export type ImportJobRequest = {
  kind: 'review' | 'run'
  name: string
  size: number
  settings: ImportSettings
  headers: string[]
  fixes: [number, string[]][]
}

export type ToWorker =
  | { type: 'start'; job: ImportJobRequest }
  | { type: 'chunk'; readId: number; bytes: Uint8Array }
  | { type: 'readFailed'; readId: number; failure: FileFailure }
  | { type: 'cancel' }

/** How a job ended without its result: cancelled, the file could not be read, or it broke. */
export type JobFailure =
  | { reason: 'cancelled' }
  | { reason: 'storageFull' }
  | { reason: 'unreadable'; failure: FileFailure }
  | { reason: 'failed'; detail: string }

export type FromWorker =
  | { type: 'read'; readId: number; offset: number; length: number }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'reviewed'; review: ImportReview }
  | { type: 'committed'; run: ImportRun }
  | { type: 'stopped'; failure: JobFailure }
