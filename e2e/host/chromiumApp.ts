import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Request } from '@playwright/test'
import { createI18n } from '../../src/shared/i18n/createI18n'
import type { Locale } from '../../src/shared/i18n/locales'
import { eventContract } from '../../src/shared/ipc/contract'
import { createDispatcher } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { MainDeps } from '../../src/main/ipc/mainDeps'
import { assertTrustedSender } from '../../src/main/ipc/trustedSender'
import { menuTemplate } from '../../src/main/menuTemplate'
import { isAppUrl } from '../../src/main/navigationPolicy'
import { windowOpenAction } from '../../src/main/windowOpenPolicy'
import type { AppHandle } from './appHandle'
import { builtRenderer, findChromium } from './paths'
import { preloadShim } from './preloadShim'
import { startRendererServer } from './rendererServer'
import packageJson from '../../package.json'

const BINDING = '__impactDeskIpc'
const EMIT = '__impactDeskEmit'

// Without these, Chromium keeps reaching for Google's hosts, which this machine's network refuses.
const quietFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
]

/**
 * The app without the Electron binary: the built renderer served to Chromium, a fresh profile,
 * window.api from the real preload bound to main's real handlers, and the OS stubbed.
 */
export async function launchChromiumApp(): Promise<AppHandle> {
  const profile = await mkdtemp(join(tmpdir(), 'impact-desk-e2e-'))
  // The app's data folder (Electron's userData), apart from the browser profile: backups and
  // the workspace marker outlive IndexedDB there, as they do in the app.
  const dataDir = await mkdtemp(join(tmpdir(), 'impact-desk-e2e-data-'))
  const server = await startRendererServer(builtRenderer)
  const appOrigins = [server.origin]

  const os = { openedExternal: [] as string[], themeSource: 'system', locale: 'en' as Locale }
  const files = {
    answer: null as string | null,
    openAnswer: null as string | null,
    names: [] as string[],
    shownInFolder: [] as string[],
  }
  const deps: MainDeps = {
    appInfo: { name: 'Impact Desk', version: packageJson.version, platform: process.platform },
    dataDir,
    openExternal: async (url) => void os.openedExternal.push(url),
    setThemeSource: (source) => void (os.themeSource = source),
    setLocale: (locale) => void (os.locale = locale),
    showSaveDialog: async ({ defaultName }) => {
      files.names.push(defaultName)
      return files.answer
    },
    showOpenDialog: async () => files.openAnswer,
    showItemInFolder: (path) => void files.shownInFolder.push(path),
    // Headless Chromium prints to PDF as Electron's webContents.printToPDF does.
    // (`page` is opened below, before the app can make any call.)
    printToPdf: () => page.pdf({ printBackground: true }),
  }
  const dispatch = createDispatcher(createHandlers(deps))

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: quietFlags,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-US',
  })
  await context.exposeBinding(BINDING, ({ frame }, channel: string, args: unknown[]) => {
    assertTrustedSender({ url: frame.url(), parent: frame.parentFrame() }, appOrigins)
    return dispatch(channel, args)
  })
  await context.addInitScript({ content: preloadShim(BINDING, EMIT) })
  // Electron's guards, applied here with the same decision functions: will-navigate refuses a
  // navigation away from the app, and the window-open handler refuses every new window, handing
  // its web links to the (stubbed) OS browser. A 204 answer ends a navigation and leaves the page
  // as it was, as preventDefault and { action: 'deny' } do.
  await context.route('**/*', (route) => {
    const request = route.request()
    if (!request.isNavigationRequest()) return route.continue()
    if (opensNewWindow(request)) {
      windowOpenAction(request.url(), (url) => void os.openedExternal.push(url))
      return route.fulfill({ status: 204 })
    }
    if (!isAppUrl(request.url(), appOrigins)) return route.fulfill({ status: 204 })
    return route.continue()
  })

  const page = context.pages()[0] ?? (await context.newPage())
  // A window opened without a request (window.open() on about:blank) is closed as it appears.
  context.on('page', (other) => void (other === page ? undefined : other.close()))
  await page.goto(`${server.origin}/`)

  const emit = (channel: string, payload: unknown) =>
    page.evaluate(
      ([name, c, p]) =>
        (globalThis as unknown as Record<string, (c: unknown, p: unknown) => void>)[name]!(c, p),
      [EMIT, channel, payload] as const,
    )

  // The menu main would build in that language, its clicks sent to the page as main sends them.
  const menu = (locale: Locale) =>
    menuTemplate({
      t: createI18n(locale).t,
      send: (command) => void emit(eventContract.onMenuCommand.channel, command),
      platform: process.platform,
      isDevelopment: false,
    })

  return {
    mode: 'chromium',
    page,
    appOrigin: server.origin,
    clickMenu: async (labels) => clickTemplateItem(menu('en'), labels),
    themeSource: async () => os.themeSource,
    fileMenuLabel: async () => menu(os.locale)[process.platform === 'darwin' ? 1 : 0]?.label ?? '',
    openedExternal: async () => [...os.openedExternal],
    answerSaveDialog: async (path) => void (files.answer = path),
    answerOpenDialog: async (path) => void (files.openAnswer = path),
    saveDialogNames: async () => [...files.names],
    shownInFolder: async () => [...files.shownInFolder],
    async close() {
      await context.close()
      await server.close()
      await rm(profile, { recursive: true, force: true })
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Whether a navigation opens a new window: Playwright has no frame yet for a new window's first
 * request (window.open, a link with a target), and throws when asked for it.
 */
function opensNewWindow(request: Request): boolean {
  try {
    request.frame()
    return false
  } catch {
    return true
  }
}

type TemplateItem = { label?: string; submenu?: unknown; click?: unknown }

function clickTemplateItem(template: TemplateItem[], labels: readonly string[]) {
  let items = template
  let item: TemplateItem | undefined
  for (const label of labels) {
    item = items.find((candidate) => candidate.label === label)
    if (!item) throw new Error(`No menu item "${label}" in ${labels.join(' > ')}`)
    items = Array.isArray(item.submenu) ? (item.submenu as TemplateItem[]) : []
  }
  if (typeof item?.click !== 'function') throw new Error(`${labels.join(' > ')} has no action`)
  ;(item.click as () => void)()
}
