import type { WorkspaceSnapshot } from './workspaceSnapshot'

/** Rows per line: a line stays well under a megabyte for ordinary records. */
const ROWS_PER_LINE = 500

/**
 * A snapshot as the text of a backup file, in pieces of about `chunkLength` characters: the
 * header on the first line, then lines of `{"table","rows"}` pages. No piece holds the whole
 * file, so it streams to main without being built twice.
 */
export function* snapshotChunks(
  snapshot: WorkspaceSnapshot,
  chunkLength = 1 << 20,
): Generator<string> {
  let pending = `${JSON.stringify(snapshot.header)}\n`
  for (const [table, rows] of Object.entries(snapshot.tables)) {
    for (let start = 0; start < rows.length; start += ROWS_PER_LINE) {
      pending += `${JSON.stringify({ table, rows: rows.slice(start, start + ROWS_PER_LINE) })}\n`
      if (pending.length >= chunkLength) {
        yield pending
        pending = ''
      }
    }
  }
  if (pending) yield pending
}
