import { backupHeader } from '../../../../shared/backup/backupFormat'
import type { WorkspaceSnapshot } from './workspaceSnapshot'

/** Why a file cannot be restored; nothing has been touched when this is thrown. */
export class BackupReadError extends Error {
  override name = 'BackupReadError'
  constructor(readonly problem: 'not-a-backup' | 'damaged' | 'newer') {
    super(`The backup cannot be restored (${problem})`)
  }
}

type Page = { table: string; rows: unknown[] }

const isPage = (value: unknown): value is Page =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Page).table === 'string' &&
  Array.isArray((value as Page).rows)

/**
 * A backup file's bytes, chunk by chunk, back into a snapshot. It is refused whole, before any
 * row is written, when its header is not ours or its rows do not add up to the header's counts
 * (a file cut short, say).
 */
export async function parseSnapshot(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<WorkspaceSnapshot> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let snapshot: WorkspaceSnapshot | undefined
  let buffered = ''

  const line = (text: string) => {
    if (!text.trim()) return
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new BackupReadError(snapshot ? 'damaged' : 'not-a-backup')
    }
    if (!snapshot) {
      const header = backupHeader.safeParse(json)
      if (!header.success) throw new BackupReadError('not-a-backup')
      snapshot = { header: header.data, tables: {} }
      return
    }
    if (!isPage(json)) throw new BackupReadError('damaged')
    const rows = (snapshot.tables[json.table] ??= [])
    for (const row of json.rows) rows.push(row)
  }

  try {
    for await (const chunk of chunks) {
      buffered += decoder.decode(chunk, { stream: true })
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      lines.forEach(line)
    }
    buffered += decoder.decode()
  } catch (error) {
    if (error instanceof BackupReadError) throw error
    throw new BackupReadError(snapshot ? 'damaged' : 'not-a-backup')
  }
  line(buffered)
  if (!snapshot) throw new BackupReadError('not-a-backup')
  const { counts } = snapshot.header
  const names = new Set([...Object.keys(counts), ...Object.keys(snapshot.tables)])
  for (const name of names) {
    if ((snapshot.tables[name]?.length ?? 0) !== (counts[name] ?? -1)) {
      throw new BackupReadError('damaged')
    }
    snapshot.tables[name] ??= []
  }
  return snapshot
}
