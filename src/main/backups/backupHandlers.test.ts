import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, type BackupHeader } from '../../shared/backup/backupFormat'
import { createDispatcher } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import type { MainDeps } from '../ipc/mainDeps'
import { createBackupStore } from './backupStore'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backups-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const header = (overrides: Partial<BackupHeader> = {}): BackupHeader => ({
  format: BACKUP_FORMAT,
  formatVersion: 1,
  schemaVersion: 6,
  createdAt: '2026-12-05T10:00:00.000Z',
  reason: 'manual',
  counts: { contacts: 2, organizations: 1 },
  ...overrides,
})

const backupText = (h = header()) =>
  `${JSON.stringify(h)}\n{"table":"contacts","rows":[{"id":"c1"},{"id":"c2"}]}\n`

/** Main's real handlers behind the real dispatcher, with a data folder and the dialogs faked. */
function fakeMain() {
  const os = { saveAnswer: null as string | null, openAnswer: null as string | null }
  const deps: MainDeps = {
    appInfo: { name: 'Impact Desk', version: '1.2.3', platform: 'linux' },
    dataDir: dir,
    openExternal: async () => undefined,
    setThemeSource: () => undefined,
    setLocale: () => undefined,
    showSaveDialog: async () => os.saveAnswer,
    showOpenDialog: async () => os.openAnswer,
    showItemInFolder: () => undefined,
    printToPdf: async () => new Uint8Array(),
  }
  const call = createDispatcher(createHandlers(deps))
  return { os, call: <T>(channel: string, ...args: unknown[]) => call(channel, args) as Promise<T> }
}

type Begun = { ok: true; writeId: string }
type Listed = { id: string; reason: string; size: number; total: number; createdAt: string }

async function backUp(call: ReturnType<typeof fakeMain>['call'], text = backupText()) {
  const { writeId } = await call<Begun>('backups:begin-write', 'manual')
  // Half and half, through the same chunk channel exports use.
  const middle = Math.floor(text.length / 2)
  expect(await call('files:write-chunk', writeId, text.slice(0, middle))).toEqual({ ok: true })
  expect(await call('files:write-chunk', writeId, text.slice(middle))).toEqual({ ok: true })
  const committed = await call<{ ok: true; id: string }>('backups:commit-write', writeId)
  expect(committed).toEqual({ ok: true, id: expect.stringMatching(/-manual\.impactdesk$/) })
  return committed.id
}

describe('backups through the IPC handlers', () => {
  it('writes a backup into <data>/backups and lists it by its header', async () => {
    const { call } = fakeMain()
    const id = await backUp(call)
    const [backup, ...others] = await call<Listed[]>('backups:list')
    expect(others).toEqual([])
    expect(backup!.id).toBe(id)
    expect(backup).toMatchObject({ reason: 'manual', total: 3, createdAt: header().createdAt })
    expect(backup!.size).toBe(Buffer.byteLength(backupText()))
    const files = await readdir(join(dir, 'backups'))
    expect(files).toEqual([backup!.id])
    expect(await readFile(join(dir, 'backups', backup!.id), 'utf8')).toBe(backupText())
  })

  it('an aborted backup leaves nothing behind', async () => {
    const { call } = fakeMain()
    const { writeId } = await call<Begun>('backups:begin-write', 'daily')
    await call('files:write-chunk', writeId, 'half a backup')
    await call('files:abort-write', writeId)
    expect(await readdir(join(dir, 'backups'))).toEqual([])
    await expect(call('backups:commit-write', writeId)).rejects.toThrow()
    expect(await call('backups:list')).toEqual([])
  })

  it('reads a backup back in chunks and refuses names it did not give', async () => {
    const { call } = fakeMain()
    await backUp(call)
    const [{ id }] = (await call<Listed[]>('backups:list')) as [Listed]
    const first = await call<{ ok: true; bytes: Uint8Array }>('backups:read-chunk', id, 0, 10)
    const rest = await call<{ ok: true; bytes: Uint8Array }>('backups:read-chunk', id, 10, 4096)
    const text = Buffer.concat([first.bytes, rest.bytes]).toString('utf8')
    expect(text).toBe(backupText())
    const past = await call<{ ok: true; bytes: Uint8Array }>('backups:read-chunk', id, 9999, 10)
    expect(past.bytes.length).toBe(0)
    await writeFile(join(dir, 'secret.txt'), 'not yours')
    await expect(call('backups:read-chunk', '../secret.txt', 0, 10)).rejects.toThrow(
      'Unknown backup',
    )
    await expect(call('backups:read-chunk', '/etc/passwd', 0, 10)).rejects.toThrow()
    await expect(call('backups:read-chunk', id, -1, 10)).rejects.toThrow('"offset" is invalid')
    await expect(call('backups:begin-write', 'whenever')).rejects.toThrow('"reason" is invalid')
  })

  it('saves a copy where the user chooses, and brings a chosen file into the folder', async () => {
    const { call, os } = fakeMain()
    await backUp(call)
    const [{ id }] = (await call<Listed[]>('backups:list')) as [Listed]
    expect(await call('backups:save-copy', id)).toBeNull()
    os.saveAnswer = join(dir, 'workspace')
    expect(await call('backups:save-copy', id)).toEqual({
      ok: true,
      fileName: 'workspace.impactdesk',
    })
    expect(await readFile(join(dir, 'workspace.impactdesk'), 'utf8')).toBe(backupText())

    os.openAnswer = join(dir, 'workspace.impactdesk')
    const added = await call<{ ok: true; backup: Listed }>('backups:add-file')
    expect(added.backup).toMatchObject({ reason: 'file', total: 3 })
    expect(await call<Listed[]>('backups:list')).toHaveLength(2)

    await writeFile(join(dir, 'notes.csv'), 'name,email\nAda,ada@example.org\n')
    os.openAnswer = join(dir, 'notes.csv')
    expect(await call('backups:add-file')).toEqual({
      ok: false,
      reason: 'unknown',
      fileName: 'notes.csv',
      detail: 'not-a-backup',
    })
    expect(await call<Listed[]>('backups:list')).toHaveLength(2)
  })

  it('keeps a marker of the workspace outside IndexedDB, with the last backup', async () => {
    const { call } = fakeMain()
    expect(await call('backups:get-marker')).toBeNull()
    await call('backups:save-marker', { schemaVersion: 6, counts: { contacts: 4, campaigns: 1 } })
    expect(await call('backups:get-marker')).toMatchObject({
      schemaVersion: 6,
      total: 5,
      lastBackupAt: null,
    })
    await backUp(call)
    await call('backups:save-marker', { schemaVersion: 6, counts: { contacts: 4 } })
    expect(await call('backups:get-marker')).toMatchObject({
      total: 4,
      lastBackupAt: header().createdAt,
    })
    await writeFile(join(dir, 'workspace-marker.json'), '{"half')
    expect(await call('backups:get-marker')).toBeNull()
    await expect(call('backups:save-marker', { schemaVersion: 0, counts: {} })).rejects.toThrow(
      '"state" is invalid',
    )
  })
})

describe('the backup store', () => {
  it('keeps the newest 7 dailies and the newest 5 of every other kind', async () => {
    let clock = Date.parse('2026-11-01T09:00:00.000Z')
    const store = createBackupStore(dir, { now: () => new Date(clock) })
    const write = async (reason: 'daily' | 'import' | 'manual') => {
      const target = await store.newTarget(reason)
      await writeFile(target, backupText(header({ reason })))
      clock += 86_400_000
      return target.split('/').pop()!
    }
    const dailies: string[] = []
    const others: string[] = []
    for (let i = 0; i < 10; i++) dailies.push(await write('daily'))
    for (let i = 0; i < 8; i++) others.push(await write(i % 2 ? 'import' : 'manual'))
    const deleted = await store.prune()
    expect(deleted.sort()).toEqual([...dailies.slice(0, 3), ...others.slice(0, 3)].sort())
    const kept = (await store.list()).map((backup) => backup.id)
    expect(kept).toEqual([...dailies.slice(3), ...others.slice(3)].reverse())
  })

  it('clears temporary files a crash left behind, but not one being written', async () => {
    const store = createBackupStore(dir)
    const target = await store.newTarget('daily')
    const stale = join(dir, '.2026-12-01T10-00-00-000Z-daily.impactdesk.aaaaaa.partial')
    const fresh = join(dir, '.2026-12-05T10-00-00-000Z-daily.impactdesk.bbbbbb.partial')
    await writeFile(stale, 'half')
    await writeFile(fresh, 'half')
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(stale, twoHoursAgo, twoHoursAgo)
    await writeFile(target, backupText())
    await store.prune()
    expect((await readdir(dir)).sort()).toEqual([fresh, target].map((p) => p.split('/').pop()))
  })

  it('gives distinct names within one millisecond and skips damaged files', async () => {
    const store = createBackupStore(dir, { now: () => new Date('2026-12-05T10:00:00.000Z') })
    const a = await store.newTarget('manual')
    const b = await store.newTarget('manual')
    expect(a).not.toBe(b)
    await writeFile(a, backupText())
    await writeFile(b, 'not a header\n')
    expect((await store.list()).map((backup) => backup.id)).toEqual([a.split('/').pop()])
  })
})
