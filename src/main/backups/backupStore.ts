import { promises as fs } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  BACKUP_EXTENSION,
  type BackupHeader,
  type BackupInfo,
  type BackupReason,
  MAX_HEADER_LENGTH,
  backupHeader,
  backupReasons,
  totalOf,
} from '../../shared/backup/backupFormat'
import { copyAtomically } from '../files/copyAtomically'

/** How many backups are kept: dailies by themselves, every other kind together. */
export type Retention = { generations: number; dailies: number }
export const defaultRetention: Retention = { generations: 5, dailies: 7 }

/** A backup's file name: when it entered the folder (sortable), then why. */
const namePattern = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z)-(${backupReasons.join('|')})\\.${BACKUP_EXTENSION}$`,
)

/** A name main did not give, or a backup no longer in the folder. */
export class UnknownBackupError extends Error {
  override name = 'UnknownBackupError'
}

/** A file that is not a backup of ours (or is one damaged beyond its header). */
export class NotABackupError extends Error {
  override name = 'NotABackupError'
}

const STALE_PARTIAL_MS = 60 * 60 * 1000

const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-')

/** Reads the first line of a file, up to MAX_HEADER_LENGTH bytes, as a backup header. */
export async function readHeader(path: string): Promise<BackupHeader> {
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(path, 'r')
    const bytes = new Uint8Array(MAX_HEADER_LENGTH)
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0)
    const text = Buffer.from(bytes.subarray(0, bytesRead)).toString('utf8')
    const end = text.indexOf('\n')
    if (end < 0) throw new NotABackupError('No header line')
    let json: unknown
    try {
      json = JSON.parse(text.slice(0, end))
    } catch {
      throw new NotABackupError('The header is not JSON')
    }
    const parsed = backupHeader.safeParse(json)
    if (!parsed.success) throw new NotABackupError('The header is not a backup header')
    return parsed.data
  } finally {
    await handle?.close()
  }
}

/**
 * The backups folder: main names each file, lists them by their headers, keeps the newest by
 * the retention rule and reads them back by name. The rows themselves are the renderer's.
 */
export function createBackupStore(
  dir: string,
  { retention = defaultRetention, now = () => new Date() } = {},
) {
  let lastStamp = ''

  /** A name for a new backup, never the same twice even within one millisecond. */
  function newName(reason: BackupReason): string {
    let date = now()
    while (stampOf(date) <= lastStamp) date = new Date(date.getTime() + 1)
    lastStamp = stampOf(date)
    return `${lastStamp}-${reason}.${BACKUP_EXTENSION}`
  }

  async function list(): Promise<BackupInfo[]> {
    let names: string[]
    try {
      names = await fs.readdir(dir)
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return []
      throw error
    }
    const found = await Promise.all(
      names
        .filter((name) => namePattern.test(name))
        .map(async (id) => {
          const path = join(dir, id)
          try {
            const [header, stats] = await Promise.all([readHeader(path), fs.stat(path)])
            const reason = namePattern.exec(id)![2] as BackupReason
            return [
              {
                id,
                createdAt: header.createdAt,
                reason,
                schemaVersion: header.schemaVersion,
                size: stats.size,
                counts: header.counts,
                total: totalOf(header.counts),
              },
            ]
          } catch {
            // A damaged file is not offered for restore; it is left for the user to inspect.
            return []
          }
        }),
    )
    // Newest first by the time each entered the folder (its name), not the time in its header:
    // a file restored from elsewhere may be old, yet it is the latest the user brought in.
    return found.flat().sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  }

  /**
   * Temporary files a crash or a quit left midway (atomicWrite names them `.<name>.partial`).
   * Only old ones go: a backup being written right now has a fresh one.
   */
  async function removeStalePartials() {
    const names = await fs.readdir(dir).catch(() => [] as string[])
    const cutoff = now().getTime() - STALE_PARTIAL_MS
    for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.partial'))) {
      const path = join(dir, name)
      const stats = await fs.stat(path).catch(() => undefined)
      if (stats && stats.mtimeMs < cutoff) await fs.rm(path, { force: true })
    }
  }

  /** Where the next backup of this kind goes; the folder is made if missing. */
  async function newTarget(reason: BackupReason): Promise<string> {
    await fs.mkdir(dir, { recursive: true })
    return join(dir, newName(reason))
  }

  return {
    dir,
    newTarget,
    list,
    /** The path of a listed backup; anything else (a path, `..`, a stranger's name) is refused. */
    async pathOf(id: string): Promise<string> {
      if (!namePattern.test(id)) throw new UnknownBackupError('Unknown backup')
      const path = join(dir, id)
      try {
        await fs.access(path)
      } catch {
        throw new UnknownBackupError('Unknown backup')
      }
      return path
    },
    /** Deletes the oldest backups beyond the retention rule; answers the names deleted. */
    async prune(): Promise<string[]> {
      const all = await list()
      const dailies = all.filter((backup) => backup.reason === 'daily')
      const others = all.filter((backup) => backup.reason !== 'daily')
      const doomed = [
        ...dailies.slice(retention.dailies),
        ...others.slice(retention.generations),
      ].map((backup) => backup.id)
      for (const id of doomed) await fs.rm(join(dir, id), { force: true })
      await removeStalePartials()
      return doomed
    },
    /** Copies a backup file from elsewhere into the folder (atomically), after checking it. */
    async addFile(source: string): Promise<string> {
      await readHeader(source)
      const target = await newTarget('file')
      await copyAtomically(source, target)
      return basename(target)
    },
  }
}

export type BackupStore = ReturnType<typeof createBackupStore>
