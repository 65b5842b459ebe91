import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const projectRoot = resolve(__dirname, '../..')
/** Where `electron-vite build` wrote the app; IMPACT_DESK_BUILD_DIR names another folder. */
const buildDir = resolve(projectRoot, process.env['IMPACT_DESK_BUILD_DIR'] ?? 'out')
export const builtMain = join(buildDir, 'main/index.js')
export const builtPreload = join(buildDir, 'preload/index.js')
export const builtRenderer = join(buildDir, 'renderer')

/**
 * The Electron binary, if this machine has one. Electron 42+ downloads it on first launch, so
 * offline machines have none; it is looked for on disk, never by requiring 'electron'.
 * (scripts/electronBinary.mjs does the same for the npm scripts, which cannot import TypeScript.)
 */
export function findElectronBinary(): string | null {
  const pathFile = join(projectRoot, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const name = readFileSync(pathFile, 'utf8').trim()
  const binary = join(projectRoot, 'node_modules/electron/dist', name)
  return existsSync(binary) ? binary : null
}

/** Debian's Chromium, or one named by CHROMIUM_PATH; undefined lets Playwright use its own. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
  return candidates.find((path): path is string => Boolean(path && existsSync(path)))
}

export type E2eMode = 'electron' | 'chromium'

/**
 * Real Electron where its binary exists, Chromium otherwise; E2E_MODE=chromium or electron
 * chooses, so that downloading Electron (`npm start`) does not silently change how tests run.
 */
export function e2eMode(): E2eMode {
  const asked = process.env['E2E_MODE']
  if (asked === 'chromium') return 'chromium'
  if (asked === 'electron') {
    if (!findElectronBinary()) throw new Error('E2E_MODE=electron, but Electron has no binary here')
    return 'electron'
  }
  return findElectronBinary() ? 'electron' : 'chromium'
}
