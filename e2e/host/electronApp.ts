import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron } from '@playwright/test'
import { APP_ORIGIN } from '../../src/main/appOrigin'
import type { AppHandle } from './appHandle'
import { projectRoot } from './paths'

/** The real app in real Electron, with a fresh data folder and the OS browser stubbed. */
export async function launchElectronApp(executablePath: string): Promise<AppHandle> {
  const userData = await mkdtemp(join(tmpdir(), 'impact-desk-e2e-'))
  const app = await _electron.launch({
    executablePath,
    // The project folder, not the script: Electron then reads package.json for the app's name.
    args: [projectRoot],
    env: { ...process.env, IMPACT_DESK_USER_DATA: userData },
    colorScheme: 'light',
    locale: 'en-US',
  })
  await app.evaluate(({ dialog, shell }) => {
    const opened: string[] = []
    const files = {
      answer: null as string | null,
      openAnswer: null as string | null,
      names: [] as string[],
      shown: [] as string[],
    }
    Object.assign(globalThis, { __openedExternal: opened, __files: files })
    shell.openExternal = async (url: string) => void opened.push(url)
    shell.showItemInFolder = (path: string) => void files.shown.push(path)
    // Called as (window, options) or (options); answers what the test chose.
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args[args.length - 1] as { defaultPath?: string }
      files.names.push((options.defaultPath ?? '').split(/[\\/]/).pop() ?? '')
      return { canceled: files.answer === null, filePath: files.answer ?? '' }
    }) as typeof dialog.showSaveDialog
    dialog.showOpenDialog = (async () => ({
      canceled: files.openAnswer === null,
      filePaths: files.openAnswer === null ? [] : [files.openAnswer],
    })) as typeof dialog.showOpenDialog
  })
  type Files = {
    answer: string | null
    openAnswer: string | null
    names: string[]
    shown: string[]
  }
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')

  return {
    mode: 'electron',
    page,
    appOrigin: APP_ORIGIN,
    clickMenu: (labels) =>
      app.evaluate(({ Menu }, path) => {
        let items = Menu.getApplicationMenu()?.items ?? []
        let item: Electron.MenuItem | undefined
        for (const label of path) {
          item = items.find((candidate) => candidate.label === label)
          if (!item) throw new Error(`No menu item "${label}" in ${path.join(' > ')}`)
          items = item.submenu?.items ?? []
        }
        item?.click()
      }, labels),
    themeSource: () => app.evaluate(({ nativeTheme }) => nativeTheme.themeSource),
    fileMenuLabel: () =>
      app.evaluate(({ Menu }) => {
        // File comes first, after the app's own menu on macOS.
        const items = Menu.getApplicationMenu()?.items ?? []
        return items[process.platform === 'darwin' ? 1 : 0]?.label ?? ''
      }),
    openedExternal: () =>
      app.evaluate(() => [
        ...(globalThis as unknown as { __openedExternal: string[] }).__openedExternal,
      ]),
    answerSaveDialog: (path) =>
      app.evaluate((_electron, answer) => {
        ;(globalThis as unknown as { __files: Files }).__files.answer = answer
      }, path),
    answerOpenDialog: (path) =>
      app.evaluate((_electron, answer) => {
        ;(globalThis as unknown as { __files: Files }).__files.openAnswer = answer
      }, path),
    saveDialogNames: () =>
      app.evaluate(() => [...(globalThis as unknown as { __files: Files }).__files.names]),
    shownInFolder: () =>
      app.evaluate(() => [...(globalThis as unknown as { __files: Files }).__files.shown]),
    async close() {
      await app.close()
      await rm(userData, { recursive: true, force: true })
    },
  }
}
