import { promises as fs } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import type { MainDeps, SaveDialogOptions } from '../ipc/mainDeps'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-handlers-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const pdfBytes = new TextEncoder().encode('%PDF-1.4\n%fake\n')

/** Main's real handlers behind the real dispatcher, with the OS faked. */
function fakeMain() {
  const os = {
    answer: null as string | null,
    dialogs: [] as SaveDialogOptions[],
    shown: [] as string[],
  }
  const deps: MainDeps = {
    appInfo: { name: 'Impact Desk', version: '1.2.3', platform: 'linux' },
    openExternal: async () => undefined,
    setThemeSource: () => undefined,
    setLocale: () => undefined,
    showSaveDialog: async (options) => {
      os.dialogs.push(options)
      return os.answer
    },
    showOpenDialog: async () => null,
    showItemInFolder: (path) => void os.shown.push(path),
    printToPdf: async () => pdfBytes,
  }
  return { os, call: createDispatcher(createHandlers(deps)) }
}

type Target = { token: string; fileName: string }

describe('files channels', () => {
  it('a cancelled dialog answers null and writes nothing', async () => {
    const { os, call } = fakeMain()
    expect(await call('files:choose-save-target', ['csv', 'Partners'])).toBeNull()
    expect(os.dialogs).toEqual([
      { defaultName: 'Partners.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] },
    ])
    expect(await readdir(dir)).toEqual([])
  })

  it('streams chunks to the chosen file under a token, then shows it in its folder', async () => {
    const { os, call } = fakeMain()
    os.answer = join(dir, 'partners')
    const target = (await call('files:choose-save-target', ['csv', 'partners.csv'])) as Target
    expect(target.fileName).toBe('partners.csv')
    expect(JSON.stringify(target)).not.toContain(dir)
    const begun = (await call('files:begin-write', [target.token])) as { writeId: string }
    expect(await call('files:write-chunk', [begun.writeId, 'name\n'])).toEqual({ ok: true })
    expect(await call('files:write-chunk', [begun.writeId, 'UAW Local 600\n'])).toEqual({
      ok: true,
    })
    expect(await call('files:commit-write', [begun.writeId])).toEqual({ ok: true })
    expect(await readFile(join(dir, 'partners.csv'), 'utf8')).toBe('name\nUAW Local 600\n')
    await call('files:show-in-folder', [target.token])
    expect(os.shown).toEqual([join(dir, 'partners.csv')])
    // The write is over: its id no longer names anything.
    await expect(call('files:write-chunk', [begun.writeId, 'more'])).rejects.toThrow(
      'Unknown write id',
    )
  })

  it('abort leaves the old file and no temporary file', async () => {
    const { os, call } = fakeMain()
    os.answer = join(dir, 'old.csv')
    await writeFile(os.answer, 'old\n')
    const { token } = (await call('files:choose-save-target', ['csv', 'old'])) as Target
    const { writeId } = (await call('files:begin-write', [token])) as { writeId: string }
    await call('files:write-chunk', [writeId, 'new, but not fin'])
    await call('files:abort-write', [writeId])
    expect(await readFile(os.answer, 'utf8')).toBe('old\n')
    expect(await readdir(dir)).toEqual(['old.csv'])
  })

  it('rejects tokens main never gave out and ids that are not tokens', async () => {
    const { call } = fakeMain()
    const madeUp = '6f1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'
    await expect(call('files:begin-write', [madeUp])).rejects.toThrow('Unknown file token')
    await expect(call('report:save-pdf', [madeUp])).rejects.toThrow('Unknown file token')
    await expect(call('files:show-in-folder', [madeUp])).rejects.toThrow('Unknown file token')
    await expect(call('files:begin-write', ['/etc/passwd'])).rejects.toThrow(
      /files:begin-write: argument "token" is invalid/,
    )
    await expect(call('files:choose-save-target', ['exe', 'x'])).rejects.toThrow(
      /argument "kind" is invalid/,
    )
  })

  it('suggests a plain file name, never a path', async () => {
    const { os, call } = fakeMain()
    await call('files:choose-save-target', ['pdf', '../../etc/UNION: report'])
    expect(os.dialogs[0]?.defaultName).toBe('etc-UNION- report.pdf')
  })

  it('a folder that disappeared answers a failure naming the file', async () => {
    const { os, call } = fakeMain()
    os.answer = join(dir, 'gone', 'report.csv')
    const { token } = (await call('files:choose-save-target', ['csv', 'report'])) as Target
    expect(await call('files:begin-write', [token])).toEqual({
      ok: false,
      reason: 'missing-folder',
      fileName: 'report.csv',
      detail: 'ENOENT',
    })
  })

  it('report:save-pdf writes the window printed to PDF to the chosen file', async () => {
    const { os, call } = fakeMain()
    os.answer = join(dir, 'UNION impact report.pdf')
    const { token } = (await call('files:choose-save-target', ['pdf', 'report'])) as Target
    expect(await call('report:save-pdf', [token])).toEqual({ ok: true })
    expect(new Uint8Array(await readFile(os.answer))).toEqual(pdfBytes)
    expect(await readdir(dir)).toEqual(['UNION impact report.pdf'])
  })
})

describe('disk full through the channels', () => {
  it('answers disk-full with the file name and leaves the old file', async () => {
    const { createFileHandlers } = await import('./fileHandlers')
    const target = join(dir, 'big.csv')
    await writeFile(target, 'old\n')
    const full = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
      },
    }
    const handlers = createFileHandlers(
      { ...({} as MainDeps), showSaveDialog: async () => target },
      full,
    )
    const chosen = await handlers.chooseSaveTarget('csv', 'big')
    const begun = await handlers.beginWrite(chosen!.token)
    if (!begun.ok) throw new Error('begin failed')
    await handlers.writeChunk(begun.writeId, 'new\n')
    expect(await handlers.commitWrite(begun.writeId)).toEqual({
      ok: false,
      reason: 'disk-full',
      fileName: 'big.csv',
      detail: 'ENOSPC',
    })
    expect(await readFile(target, 'utf8')).toBe('old\n')
    expect(await readdir(dir)).toEqual(['big.csv'])
  })
})
