import { describe, expect, it } from 'vitest'
import { invokeContract } from '../../shared/ipc/contract'
import { createDispatcher } from './dispatch'
import { createHandlers } from './handlers'
import type { MainDeps } from './mainDeps'

function fakeMain() {
  const calls: string[] = []
  const deps: MainDeps = {
    appInfo: { name: 'Impact Desk', version: '1.2.3', platform: 'linux' },
    openExternal: async (url) => void calls.push(`open ${url}`),
    setThemeSource: (source) => void calls.push(`theme ${source}`),
    setLocale: (locale) => void calls.push(`locale ${locale}`),
    showSaveDialog: async () => null,
    showOpenDialog: async () => null,
    showItemInFolder: (path) => void calls.push(`show ${path}`),
    printToPdf: async () => new Uint8Array(),
  }
  return { calls, dispatch: createDispatcher(createHandlers(deps)) }
}

describe('dispatch', () => {
  it('answers every channel of the contract', async () => {
    const { calls, dispatch } = fakeMain()
    expect(await dispatch('app:get-info', [])).toEqual({
      name: 'Impact Desk',
      version: '1.2.3',
      platform: 'linux',
    })
    await dispatch('app:set-locale', ['ar'])
    await dispatch('app:set-theme-source', ['dark'])
    await dispatch('shell:open-external', ['https://unionthefilm.com/partners'])
    expect(calls).toEqual(['locale ar', 'theme dark', 'open https://unionthefilm.com/partners'])
    // The files and report channels are answered in src/main/files/fileHandlers.test.ts, the
    // import ones in src/main/files/importFileHandlers.test.ts, the backup ones in
    // src/main/backups/backupHandlers.test.ts.
    expect(Object.keys(invokeContract)).toHaveLength(21)
  })

  it('refuses a bad argument with an error naming it, before the handler runs', async () => {
    const { calls, dispatch } = fakeMain()
    await expect(dispatch('shell:open-external', [42])).rejects.toThrow(
      /shell:open-external: argument "url" is invalid .*received 42/,
    )
    await expect(dispatch('shell:open-external', ['javascript:alert(1)'])).rejects.toThrow(
      /argument "url"/,
    )
    await expect(dispatch('shell:open-external', ['file:///etc/passwd'])).rejects.toThrow(
      /argument "url"/,
    )
    await expect(dispatch('app:set-theme-source', ['purple'])).rejects.toThrow(
      /argument "source" is invalid.*received "purple"/,
    )
    await expect(dispatch('app:set-locale', [])).rejects.toThrow(
      /argument "locale".*received nothing/,
    )
    expect(calls).toEqual([])
  })

  it('refuses extra arguments and unknown channels', async () => {
    const { dispatch } = fakeMain()
    await expect(dispatch('app:get-info', ['extra'])).rejects.toThrow(
      /app:get-info takes 0 argument\(s\) but received 1/,
    )
    await expect(dispatch('fs:read-any-file', ['/etc/passwd'])).rejects.toThrow(
      /Unknown channel "fs:read-any-file"/,
    )
  })
})
