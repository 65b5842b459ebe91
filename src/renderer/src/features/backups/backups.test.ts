import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WorkspaceMarker } from '../../../../shared/backup/backupFormat'
import type { Api } from '../../../../shared/ipc/api'
import { ImpactDeskDb, db } from '../../db/db'
import { loadSample } from '../sample/sample'
import { personNameKey } from '../../../../shared/domain/contact'
import { backUpWorkspace, restoreBackup } from './backupFiles'
import { BackupReadError, parseSnapshot } from './parseSnapshot'
import { restoreSnapshot } from './restoreSnapshot'
import { snapshotChunks } from './snapshotChunks'
import { trustWorkspace } from './workspaceGuard'
import { workspaceLoss } from './workspaceLoss'
import { readSnapshot } from './workspaceSnapshot'

/** Every table's rows by id, rollups included: the whole workspace as a value to compare. */
async function everything(database = db) {
  const out: Record<string, unknown[]> = {}
  for (const table of database.tables) {
    out[table.name] = (await table.toArray()).sort((a, b) =>
      String(a.id).localeCompare(String(b.id)),
    )
  }
  return out
}

/** Text as bytes, cut at awkward places (inside multi-byte characters too). */
function* bytesOf(chunks: Iterable<string>, size = 7) {
  const bytes = new TextEncoder().encode([...chunks].join(''))
  for (let start = 0; start < bytes.length; start += size) yield bytes.slice(start, start + size)
}

const roundTrip = async () =>
  parseSnapshot(bytesOf(snapshotChunks(await readSnapshot(db, 'manual'), 4096)))

beforeEach(async () => {
  await db.open()
  await Promise.all(db.tables.map((table) => table.clear()))
  await loadSample()
  await db.contacts.update((await db.contacts.toCollection().first())!.id, {
    notes: 'Kreyòl, العربية, emoji 🎬 and "quotes"\nover two lines',
  })
})

describe('workspace snapshots', () => {
  it('restores exactly what was backed up, rollups included', async () => {
    const before = await everything()
    expect(before['metricEntries']!.length).toBeGreaterThan(0)
    expect(before['metricRollups']!.length).toBeGreaterThan(0)
    const snapshot = await roundTrip()
    expect(snapshot.header.counts['contacts']).toBe(before['contacts']!.length)
    expect(snapshot.tables['metricRollups']).toBeUndefined()

    await db.contacts.clear()
    await db.metricEntries.limit(3).delete()
    await db.campaigns.add({ ...(before['campaigns']![0] as object), id: 'extra' } as never)
    expect(await everything()).not.toEqual(before)

    await restoreSnapshot(db, snapshot)
    expect(await everything()).toEqual(before)
  })

  it('a restore that fails midway leaves the workspace as it was', async () => {
    const snapshot = await roundTrip()
    const contacts = snapshot.tables['contacts']!
    // The same id twice: the database refuses the second after most tables are replaced.
    contacts.push(contacts[0])
    snapshot.header.counts['contacts'] = contacts.length
    await db.campaigns.limit(1).delete()
    const before = await everything()
    await expect(restoreSnapshot(db, snapshot)).rejects.toThrow()
    expect(await everything()).toEqual(before)
  })

  it('refuses a file cut short, a file that is not a backup, and a newer schema', async () => {
    const text = [...snapshotChunks(await readSnapshot(db, 'manual'))].join('')
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)
    await expect(parseSnapshot(bytesOf([cut]))).rejects.toEqual(new BackupReadError('damaged'))
    await expect(parseSnapshot(bytesOf([text.slice(0, -20)]))).rejects.toEqual(
      new BackupReadError('damaged'),
    )
    await expect(parseSnapshot(bytesOf(['name,email\nAda,ada@example.org\n']))).rejects.toEqual(
      new BackupReadError('not-a-backup'),
    )
    await expect(parseSnapshot(bytesOf(['']))).rejects.toEqual(new BackupReadError('not-a-backup'))
    const snapshot = await roundTrip()
    snapshot.header.schemaVersion = db.verno + 1
    const before = await everything()
    await expect(restoreSnapshot(db, snapshot)).rejects.toEqual(new BackupReadError('newer'))
    expect(await everything()).toEqual(before)
  })

  it("brings a backup taken at an older schema up to the current one with the app's upgrades", async () => {
    const name = 'impact-desk-v5'
    const v5 = new ImpactDeskDb(name, 5)
    await v5.open()
    // Someone without an email, as version 5 stored them: with no folded name yet.
    const { nameKey: _, ...contact } = (await db.contacts.toCollection().first())!
    const olderContact = { ...contact, emails: [], emailKeys: [] }
    const nameKey = personNameKey(contact.firstName, contact.lastName)
    await v5.table('contacts').add(olderContact)
    const snapshot = await readSnapshot(v5, 'upgrade')
    v5.close()
    expect(snapshot.header.schemaVersion).toBe(5)

    await restoreSnapshot(db, snapshot)
    expect(await db.contacts.toArray()).toEqual([{ ...olderContact, nameKey }])
    expect(await db.campaigns.count()).toBe(0)
  })
})

/** Main's side held in memory: backups by id, the marker, and the calls made. */
function fakeMain() {
  const files = new Map<string, string>()
  const open = new Map<string, string>()
  let marker: WorkspaceMarker | null = null
  let next = 0
  const api: Partial<Api> = {
    beginBackup: async (reason) => {
      const writeId = `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`
      open.set(writeId, `${writeId}-${reason}`)
      files.set(open.get(writeId)!, '')
      return { ok: true, writeId }
    },
    writeChunk: async (writeId, text) => {
      const id = open.get(writeId)!
      files.set(id, files.get(id)! + text)
      return { ok: true }
    },
    commitBackup: async (writeId) => ({ ok: true, id: open.get(writeId)! }),
    abortWrite: async () => undefined,
    readBackupChunk: async (id, offset, length) => {
      const bytes = new TextEncoder().encode(files.get(id)!)
      return { ok: true, bytes: bytes.slice(offset, offset + length) }
    },
    saveWorkspaceMarker: async (state) => {
      marker = { ...state, total: 0, reportedAt: '', lastBackupAt: null }
    },
  }
  return { api, files, marker: () => marker }
}

describe('backing up to main and restoring from it', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('backs up the present workspace before restoring another', async () => {
    const main = fakeMain()
    vi.stubGlobal('window', { api: main.api })
    trustWorkspace()
    const original = await everything()
    const made = await backUpWorkspace('manual')
    const [first] = [...main.files.keys()]
    expect(made).toEqual({ ok: true, id: first })
    expect(main.marker()?.counts['contacts']).toBe(original['contacts']!.length)

    await db.contacts.clear()
    const changed = await everything()
    expect(await restoreBackup(first!)).toEqual({ ok: true })
    expect(await everything()).toEqual(original)

    const beforeRestore = [...main.files.keys()].find((id) => id.endsWith('before-restore'))!
    expect(await restoreBackup(beforeRestore)).toEqual({ ok: true })
    expect(await everything()).toEqual(changed)
  })
})

describe('noticing a lost database', () => {
  const marker = (total: number, schemaVersion = 6): WorkspaceMarker => ({
    schemaVersion,
    counts: { contacts: total },
    total,
    reportedAt: '2026-12-05T10:00:00.000Z',
    lastBackupAt: null,
  })

  it('is empty, older or less than half what the marker says', () => {
    expect(workspaceLoss(null, 6, 0)).toBeNull()
    expect(workspaceLoss(marker(0), 6, 0)).toBeNull()
    expect(workspaceLoss(marker(10), 6, 10)).toBeNull()
    expect(workspaceLoss(marker(10), 6, 12)).toBeNull()
    expect(workspaceLoss(marker(10), 6, 0)).toBe('empty')
    expect(workspaceLoss(marker(10, 7), 6, 10)).toBe('older')
    expect(workspaceLoss(marker(10), 6, 5)).toBeNull()
    expect(workspaceLoss(marker(10), 6, 4)).toBe('fewer')
  })
})
