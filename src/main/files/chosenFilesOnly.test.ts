import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fileToken, invokeContract } from '../../shared/ipc/contract'
import { createDispatcher } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import type { MainDeps } from '../ipc/mainDeps'

/*
 * The whole contract at once, so that a channel added later is held to the same rule: the
 * renderer never names a file by its path, and a token opens only the file the user chose for
 * that purpose (a file chosen to import cannot be written, one chosen to save cannot be read).
 */

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chosen-files-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function fakeMain() {
  const os = {
    saveAnswer: null as string | null,
    openAnswer: null as string | null,
    saveDialogs: 0,
    shown: [] as string[],
    printed: 0,
  }
  const deps: MainDeps = {
    appInfo: { name: 'Impact Desk', version: '1.2.3', platform: 'linux' },
    dataDir: join(dir, 'data'),
    openExternal: async () => undefined,
    setThemeSource: () => undefined,
    setLocale: () => undefined,
    showSaveDialog: async () => {
      os.saveDialogs += 1
      return os.saveAnswer
    },
    showOpenDialog: async () => os.openAnswer,
    showItemInFolder: (path) => void os.shown.push(path),
    printToPdf: async () => {
      os.printed += 1
      return new Uint8Array([37, 80, 68, 70])
    },
  }
  return { os, call: createDispatcher(createHandlers(deps)) }
}

const channels = Object.values(invokeContract)

const pathLike = [
  '/etc/passwd',
  '../../.ssh/id_rsa',
  'C:\\Windows\\win.ini',
  'file:///etc/passwd',
  '\\\\server\\share\\partners.csv',
]

/**
 * The only arguments whose schema lets a path-like string through, and why none reaches the
 * file system as a path: each is proved below or in its handler's own tests.
 */
const textArguments = [
  // Cut down to a bare file name for the save dialog's suggestion (fileHandlers.test.ts).
  'files:choose-save-target suggestedName',
  // The bytes written, into a file the user already chose.
  'files:write-chunk text',
  // A name only looked up in the backups folder's own listing.
  'backups:read-chunk id',
  'backups:save-copy id',
]

describe('files the user chose, and only those', () => {
  it('no channel takes a path: only the listed text arguments accept one', () => {
    const accepting = channels.flatMap(({ channel, args }) =>
      args
        .filter(({ schema }) => pathLike.some((value) => schema.safeParse(value).success))
        .map(({ name }) => `${channel} ${name}`),
    )
    expect(accepting.sort()).toEqual([...textArguments].sort())
  })

  it('a backup is named only by its name in the backups folder, never by a path', async () => {
    const { os, call } = fakeMain()
    // Beside the backups folder (<data>/backups), one step up from it.
    await mkdir(join(dir, 'data'))
    await writeFile(join(dir, 'data', 'secret.impactdesk'), 'not a listed backup')
    os.saveAnswer = join(dir, 'copy')
    for (const id of [...pathLike, '../secret.impactdesk']) {
      await expect(call('backups:read-chunk', [id, 0, 10]), id).rejects.toThrow('Unknown backup')
      await expect(call('backups:save-copy', [id]), id).rejects.toThrow('Unknown backup')
    }
    expect(os.saveDialogs).toBe(0)
    expect(await readdir(dir)).toEqual(['data'])
  })

  // Every channel that takes a file token, with the rest of a valid call.
  const tokenCalls: Record<string, (token: string) => unknown[]> = {
    'files:begin-write': (token) => [token],
    'files:show-in-folder': (token) => [token],
    'report:save-pdf': (token) => [token],
    'import:read-chunk': (token) => [token, 0, 10],
  }

  it('lists every channel that takes a file token', () => {
    const taking = channels
      .filter(({ args }) => args.some(({ schema }) => schema === fileToken))
      .map(({ channel }) => channel)
    expect(taking.sort()).toEqual(Object.keys(tokenCalls).sort())
  })

  it('every token channel refuses a path, a made-up token and a token chosen for the other use', async () => {
    const { os, call } = fakeMain()
    const chosenToRead = join(dir, 'partners.csv')
    await writeFile(chosenToRead, 'name\nUAW Local 600\n')
    os.openAnswer = chosenToRead
    const importToken = ((await call('import:choose-file', [])) as { token: string }).token
    os.saveAnswer = join(dir, 'export.csv')
    const saveToken = (
      (await call('files:choose-save-target', ['csv', 'export'])) as {
        token: string
      }
    ).token
    const madeUp = '6f1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'

    for (const [channel, argsWith] of Object.entries(tokenCalls)) {
      const otherUse = channel === 'import:read-chunk' ? saveToken : importToken
      await expect(call(channel, argsWith('/etc/passwd')), channel).rejects.toThrow(
        /argument "token" is invalid/,
      )
      await expect(call(channel, argsWith(madeUp)), channel).rejects.toThrow('Unknown file token')
      await expect(call(channel, argsWith(otherUse)), channel).rejects.toThrow('Unknown file token')
    }

    // Nothing was written, printed or shown, and the file chosen to read is as it was.
    expect(os.printed).toBe(0)
    expect(os.shown).toEqual([])
    expect((await readdir(dir)).sort()).toEqual(['partners.csv'])
    expect(await readFile(chosenToRead, 'utf8')).toBe('name\nUAW Local 600\n')
  })
})
