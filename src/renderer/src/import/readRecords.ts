import { createCsvReader, type CsvReadReport, type CsvRow } from '../../../shared/csv'
import { createRowReader, type RowReader } from '../../../shared/import/createRowReader'
import type { ImportSettings } from '../../../shared/import/importSettings'
import { rowRecords, type RowRecords } from '../../../shared/import/rowRecords'
import { inTurn } from './inTurn'
import type { ImportSource } from './importSource'

/** Bytes read from the file at a time, and rows handed on at a time. */
export const READ_CHUNK_BYTES = 1024 * 1024
export const BATCH_ROWS = 2000

export type ReadProgress = { bytes: number; size: number; rows: number }

export type ReadRecordsOptions = {
  /** Rows the user corrected on the review step, by row number: their fields as typed. */
  fixes?: ReadonlyMap<number, string[]>
  signal?: AbortSignal
  /** Rows per batch: BATCH_ROWS unless the caller needs smaller steps. */
  batchRows?: number
  onBatch: (records: RowRecords[], rows: CsvRow[], progress: ReadProgress) => Promise<void>
}

/**
 * One pass over a file: bytes streamed through the CSV reader, each row read against the
 * mapping into its records, handed on in batches. Memory holds two chunks and two batches. Stops
 * with the signal's reason between batches. A batch is parsed while the one before it is handled
 * (`onBatch` checks or writes it); each is handed on once the one before is done. Answers the
 * reader's report (check `fatal`).
 */
export async function readRecords(
  source: ImportSource,
  settings: ImportSettings,
  { fixes, signal, batchRows = BATCH_ROWS, onBatch }: ReadRecordsOptions,
): Promise<CsvReadReport> {
  const reader = createCsvReader(settings.overrides)
  let rowReader: RowReader | undefined
  let pending: CsvRow[] = []
  let bytes = 0
  let rows = 0
  // The batch being handled (checked, or written) while the next one is parsed. Each batch is
  // handed on only once the one before it is done, so batches are handled in the file's order.
  const handling = inTurn()

  async function flush(rowsIn: CsvRow[], force: boolean) {
    pending.push(...rowsIn)
    while (pending.length >= batchRows || (force && pending.length)) {
      signal?.throwIfAborted()
      const batch = pending.slice(0, batchRows)
      pending = pending.slice(batchRows)
      rowReader ??= createRowReader(reader.report().headers, settings)
      const read = rowReader
      const fixed = batch.map((row) => {
        const fields = fixes?.get(row.row)
        return fields ? { row: row.row, fields } : row
      })
      rows += fixed.length
      const records = fixed.map((row) =>
        rowRecords(settings.entity, read.read(row), {
          clockChoices: settings.clockChoices ?? {},
          ...(settings.nameOrder ? { nameOrder: settings.nameOrder } : {}),
        }),
      )
      const progress = { bytes, size: source.size, rows }
      await handling.start(() => onBatch(records, fixed, progress))
    }
  }

  // The next chunk is asked for before this one is parsed, so reading the file and parsing it
  // overlap; memory holds two chunks at most.
  const readAhead = (offset: number) => {
    const read = offset < source.size ? source.read(offset, READ_CHUNK_BYTES) : undefined
    // Left unread when the pass stops early (a fatal file, Cancel): its failure is no news.
    read?.catch(() => {})
    return read
  }
  try {
    let next = readAhead(0)
    while (next) {
      signal?.throwIfAborted()
      const chunk = await next
      if (chunk.length === 0) break
      bytes += chunk.length
      next = readAhead(bytes)
      await flush(reader.push(chunk), false)
      if (reader.report().fatal) break
    }
    if (!reader.report().fatal) await flush(reader.end(), true)
  } catch (error) {
    // The batch in hand ends (a write commits or is aborted) before the caller takes it back.
    await handling.settled()
    throw error
  }
  await handling.done()
  return reader.report()
}
