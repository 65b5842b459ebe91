import type { ExportEntity, ExportOptions } from '../../../shared/export'
import type { ExportOrder, ExportProgress } from './exportChunks'

/** What the window asks of the export worker. */
export type ExportJobRequest = {
  entity: ExportEntity
  ids: string[]
  options: ExportOptions
  /** The table's sort, which the ids follow. */
  order?: ExportOrder
}

export type ToExportWorker =
  | { type: 'start'; job: ExportJobRequest }
  /** The window wrote the last chunk: the worker may send the next one. */
  | { type: 'next' }

export type FromExportWorker =
  | { type: 'chunk'; text: string }
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done' }
  | { type: 'failed'; detail: string }
