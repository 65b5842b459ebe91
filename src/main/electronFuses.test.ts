import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { expect, it } from 'vitest'

/*
 * Packaging needs downloads this machine cannot make, so no packaged build is ever run here:
 * these tests are what keeps the fuses of the released app from changing unnoticed.
 */

type BuildConfig = Parameters<typeof validateConfiguration>[0]

const packageJson = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  build: BuildConfig
}
const build = packageJson.build

it('flips every fuse the packaged app does not need', () => {
  expect(build.electronFuses).toEqual({
    // The binary cannot be run as plain Node (ELECTRON_RUN_AS_NODE), nor take Node options or a
    // debugger from the environment or the command line.
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // The app's code is read only from app.asar, checked against the hash signed into the binary.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app is served from impactdesk://, never file://, so file pages get no extra powers.
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
  })
})

it('packs the app into an asar archive, as the asar fuses require', () => {
  expect(build.asar).toBe(true)
  expect(build.files).toEqual([
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'resources/icon.png',
  ])
})

it('is a configuration electron-builder accepts, so a misspelt fuse cannot pass unseen', async () => {
  const quiet = { isEnabled: false } as Parameters<typeof validateConfiguration>[1]
  await expect(validateConfiguration(build, quiet)).resolves.toBeUndefined()
  const misspelt = { ...build, electronFuses: { ...build.electronFuses, runAsnode: false } }
  await expect(validateConfiguration(misspelt, quiet)).rejects.toThrow(/Invalid configuration/)
})
