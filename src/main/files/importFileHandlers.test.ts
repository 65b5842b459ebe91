import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_READ_CHUNK } from '../../shared/ipc/contract'
import { createDispatcher } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import type { MainDeps, OpenDialogOptions } from '../ipc/mainDeps'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-file-handlers-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Main's real handlers behind the real dispatcher, with the open dialog faked. */
function fakeMain() {
  const os = {
    answer: null as string | null,
    saveAnswer: null as string | null,
    dialogs: [] as OpenDialogOptions[],
  }
  const deps: MainDeps = {
    appInfo: { name: 'Impact Desk', version: '1.2.3', platform: 'linux' },
    openExternal: async () => undefined,
    setThemeSource: () => undefined,
    setLocale: () => undefined,
    showSaveDialog: async () => os.saveAnswer,
    showOpenDialog: async (options) => {
      os.dialogs.push(options)
      return os.answer
    },
    showItemInFolder: () => undefined,
    printToPdf: async () => new Uint8Array(),
  }
  return { os, call: createDispatcher(createHandlers(deps)) }
}

type Chosen = { token: string; fileName: string; size: number }
type Read = { ok: true; bytes: Uint8Array } | { ok: false; reason: string }

/** Windows-1252 text with accents, a UTF-8 BOM, bytes invalid as UTF-8, NULs: every byte value. */
const binary = new Uint8Array([
  0xef,
  0xbb,
  0xbf,
  0x6e,
  0x61,
  0x6d,
  0x65,
  0x0a,
  0x42,
  0x6f,
  0x67,
  0x6f,
  0x74,
  0xe1,
  0x0d,
  0x0a,
  ...Array.from({ length: 256 * 40 }, (_, i) => (i * 7 + 3) & 0xff),
  0x00,
  0xff,
  0xfe,
  0x80,
])

async function choose(call: ReturnType<typeof fakeMain>['call'], os: { answer: string | null }) {
  const path = join(dir, 'partners export.csv')
  await writeFile(path, binary)
  os.answer = path
  return { path, chosen: (await call('import:choose-file', [])) as Chosen }
}

describe('import channels', () => {
  it('a cancelled dialog answers null', async () => {
    const { os, call } = fakeMain()
    expect(await call('import:choose-file', [])).toBeNull()
    expect(os.dialogs).toEqual([
      {
        filters: [
          { name: 'CSV and text files', extensions: ['csv', 'tsv', 'txt'] },
          { name: 'All files', extensions: ['*'] },
        ],
      },
    ])
  })

  it('labels the dialog in the language the window chose', async () => {
    const { os, call } = fakeMain()
    await call('app:set-locale', ['fr'])
    await call('import:choose-file', [])
    expect(os.dialogs[0]?.filters.map((filter) => filter.name)).toEqual([
      'Fichiers CSV et texte',
      'Tous les fichiers',
    ])
  })

  it('answers a token, the file name and its size, never the path', async () => {
    const { os, call } = fakeMain()
    const { chosen } = await choose(call, os)
    expect(chosen).toEqual({
      token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: 'partners export.csv',
      size: binary.length,
    })
    expect(JSON.stringify(chosen)).not.toContain(dir)
  })

  it('chunks read at their offsets put the file back together byte for byte', async () => {
    const { os, call } = fakeMain()
    const { chosen } = await choose(call, os)
    const pieces: Uint8Array[] = []
    // An odd length, so chunks split multi-byte sequences and CRLFs.
    for (let offset = 0; offset < chosen.size; offset += 999) {
      const read = (await call('import:read-chunk', [chosen.token, offset, 999])) as Read
      if (!read.ok) throw new Error(read.reason)
      // Plain Uint8Arrays: the e2e host's binding would flatten a Buffer into an object.
      expect(read.bytes.constructor).toBe(Uint8Array)
      pieces.push(read.bytes)
    }
    expect(pieces.at(-1)!.length).toBe(chosen.size % 999)
    const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
    pieces.reduce((at, piece) => (whole.set(piece, at), at + piece.length), 0)
    expect(whole).toEqual(binary)
  })

  it('answers fewer bytes at the end and none past it', async () => {
    const { os, call } = fakeMain()
    const { chosen } = await choose(call, os)
    const tail = (await call('import:read-chunk', [chosen.token, chosen.size - 4, 100])) as Read
    expect(tail).toEqual({ ok: true, bytes: new Uint8Array([0x00, 0xff, 0xfe, 0x80]) })
    for (const offset of [chosen.size, chosen.size + 1, 10 ** 12]) {
      expect(await call('import:read-chunk', [chosen.token, offset, MAX_READ_CHUNK])).toEqual({
        ok: true,
        bytes: new Uint8Array(),
      })
    }
  })

  it('reads an empty file as empty', async () => {
    const { os, call } = fakeMain()
    os.answer = join(dir, 'empty.csv')
    await writeFile(os.answer, '')
    const chosen = (await call('import:choose-file', [])) as Chosen
    expect(chosen.size).toBe(0)
    expect(await call('import:read-chunk', [chosen.token, 0, 10])).toEqual({
      ok: true,
      bytes: new Uint8Array(),
    })
  })

  it('rejects tokens main never gave out, and save tokens', async () => {
    const { os, call } = fakeMain()
    const madeUp = '6f1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'
    await expect(call('import:read-chunk', [madeUp, 0, 10])).rejects.toThrow('Unknown file token')
    // A file chosen to be written is not thereby readable.
    os.saveAnswer = join(dir, 'out.csv')
    const target = (await call('files:choose-save-target', ['csv', 'out'])) as { token: string }
    await expect(call('import:read-chunk', [target.token, 0, 10])).rejects.toThrow(
      'Unknown file token',
    )
    await expect(call('import:read-chunk', ['/etc/passwd', 0, 10])).rejects.toThrow(
      /import:read-chunk: argument "token" is invalid/,
    )
  })

  it('refuses offsets and lengths outside the contract, before reading', async () => {
    const { os, call } = fakeMain()
    const { chosen } = await choose(call, os)
    await expect(call('import:read-chunk', [chosen.token, 0, MAX_READ_CHUNK + 1])).rejects.toThrow(
      /import:read-chunk: argument "length" is invalid.*received 4194305/,
    )
    await expect(call('import:read-chunk', [chosen.token, 0, 0])).rejects.toThrow(
      /argument "length" is invalid/,
    )
    await expect(call('import:read-chunk', [chosen.token, -1, 10])).rejects.toThrow(
      /argument "offset" is invalid/,
    )
    await expect(call('import:read-chunk', [chosen.token, 1.5, 10])).rejects.toThrow(
      /argument "offset" is invalid/,
    )
    await expect(call('import:choose-file', ['/etc/passwd'])).rejects.toThrow(
      /import:choose-file takes 0 argument\(s\) but received 1/,
    )
  })

  it('a file deleted after it was chosen answers missing-file, naming it', async () => {
    const { os, call } = fakeMain()
    const { path, chosen } = await choose(call, os)
    await rm(path)
    expect(await call('import:read-chunk', [chosen.token, 0, 10])).toEqual({
      ok: false,
      reason: 'missing-file',
      fileName: 'partners export.csv',
      detail: 'ENOENT',
    })
  })

  it('a file changed after it was chosen answers changed, even at the same size', async () => {
    const { os, call } = fakeMain()
    const { path, chosen } = await choose(call, os)
    await writeFile(
      path,
      binary.map((byte) => byte ^ 1),
    )
    const later = new Date(Date.now() + 5000)
    await utimes(path, later, later)
    expect(await call('import:read-chunk', [chosen.token, 0, 10])).toEqual({
      ok: false,
      reason: 'changed',
      fileName: 'partners export.csv',
      detail: 'changed',
    })
  })
})

describe('read failures', () => {
  // A permission test on a real file cannot run as root (who reads anything): the mapping can.
  it('name the reason from the system code, and keep the code', async () => {
    const { readFailure } = await import('./readFailure')
    const failure = (code: string) => readFailure('a.csv', Object.assign(new Error(code), { code }))
    expect(failure('EACCES')).toEqual({
      ok: false,
      reason: 'permission-denied',
      fileName: 'a.csv',
      detail: 'EACCES',
    })
    expect(failure('EBUSY').reason).toBe('in-use')
    expect(failure('EISDIR').reason).toBe('unknown')
  })
})
