import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const projectRoot = join(import.meta.dirname, '..')

/** The downloaded Electron binary, or null: Electron 42+ fetches it on first launch. */
export function findElectronBinary() {
  const pathFile = join(projectRoot, 'node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(
    projectRoot,
    'node_modules/electron/dist',
    readFileSync(pathFile, 'utf8').trim(),
  )
  return existsSync(binary) ? binary : null
}
