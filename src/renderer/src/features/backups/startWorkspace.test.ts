import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { BackupInfo, WorkspaceMarker } from '../../../../shared/backup/backupFormat'
import type { Api } from '../../../../shared/ipc/api'
import { DATABASE_NAME, ImpactDeskDb, db } from '../../db/db'
import { SCHEMA_VERSION } from '../../db/schema'
import { parseSnapshot } from './parseSnapshot'
import { autoBackUp } from './backupActions'
import { backUpDaily, pendingRecovery, startWorkspace } from './startWorkspace'

// The daily backup's notifications need a window's storage; this test is about the start.
vi.mock('./backupActions', () => ({ autoBackUp: vi.fn(async () => undefined) }))

const stamp = {
  createdAt: '2024-03-01T12:00:00.000Z',
  updatedAt: '2024-03-01T12:00:00.000Z',
  deletedAt: '',
}

/** Main's side in memory: the backups written (as text) and the marker. */
function fakeMain(marker: WorkspaceMarker | null) {
  const written = new Map<string, string>()
  const reported: WorkspaceMarker[] = []
  let next = 0
  const api: Partial<Api> = {
    getWorkspaceMarker: async () => marker,
    saveWorkspaceMarker: async (state) =>
      void reported.push({ ...state, total: 0, reportedAt: '', lastBackupAt: null }),
    listBackups: async () => [] as BackupInfo[],
    beginBackup: async (reason) => {
      const writeId = `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`
      written.set(`${writeId}|${reason}`, '')
      return { ok: true, writeId }
    },
    writeChunk: async (writeId, text) => {
      const key = [...written.keys()].find((k) => k.startsWith(writeId))!
      written.set(key, written.get(key)! + text)
      return { ok: true }
    },
    commitBackup: async (writeId) => ({ ok: true, id: writeId }),
    abortWrite: async () => undefined,
  }
  return { api, written, reported }
}

beforeEach(async () => {
  db.close()
  await ImpactDeskDb.delete(DATABASE_NAME)
  vi.useFakeTimers({ toFake: ['setInterval'] })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

it('backs up the workspace as the older schema holds it before upgrading it', async () => {
  const v5 = new ImpactDeskDb(DATABASE_NAME, 5)
  await v5.open()
  await v5.table('contacts').add({
    id: 'c1',
    firstName: 'Marisol',
    lastName: 'Peña',
    emails: [],
    phones: [],
    tags: [],
    searchWords: [],
    emailKeys: [],
    campaignIds: [],
    organizationNames: [],
    ...stamp,
  })
  v5.close()
  const main = fakeMain(null)
  vi.stubGlobal('window', { api: main.api })

  expect(await startWorkspace()).toBe('ok')
  const [[key, text]] = [...main.written] as [[string, string]]
  expect(key).toMatch(/\|upgrade$/)
  const snapshot = await parseSnapshot([new TextEncoder().encode(text)])
  expect(snapshot.header.schemaVersion).toBe(5)
  expect(snapshot.tables['contacts']).toHaveLength(1)
  // The upgrade then ran, and the marker heard of the upgraded workspace.
  expect(db.verno).toBe(SCHEMA_VERSION)
  expect(await db.contacts.get('c1')).toMatchObject({ nameKey: expect.any(String) })
  expect(main.reported.at(-1)).toMatchObject({ schemaVersion: SCHEMA_VERSION })
  expect(main.reported.at(-1)?.counts['contacts']).toBe(1)
})

it('answers recovery, and reports nothing, when the database opens empty but the marker counted records', async () => {
  const main = fakeMain({
    schemaVersion: SCHEMA_VERSION,
    counts: { contacts: 40 },
    total: 40,
    reportedAt: '2026-12-04T18:00:00.000Z',
    lastBackupAt: null,
  })
  vi.stubGlobal('window', { api: main.api })
  expect(await startWorkspace()).toBe('recovery')
  expect(pendingRecovery()).toMatchObject({ loss: 'empty', total: 0 })
  expect(main.reported).toEqual([])
  expect(main.written.size).toBe(0)
})

it('makes the daily backup only once no import is midway, and none of an empty workspace', async () => {
  const main = fakeMain(null)
  vi.stubGlobal('window', { api: main.api })
  await db.open()
  expect(await backUpDaily()).toBe('none')
  const run = {
    id: 'r1',
    fileName: 'sheet.csv',
    target: 'contacts',
    status: 'running',
    startedAt: stamp.createdAt,
    ...stamp,
  }
  await db.importRuns.add(run as never)
  vi.mocked(autoBackUp).mockClear()
  expect(await backUpDaily()).toBe('later')
  expect(autoBackUp).not.toHaveBeenCalled()
  await db.importRuns.update('r1', { status: 'committed' })
  expect(await backUpDaily()).toBe('made')
  expect(autoBackUp).toHaveBeenCalledWith('daily')
})
