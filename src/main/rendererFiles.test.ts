import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { resolveRendererFile } from './rendererFiles'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'renderer-'))
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), '<!doctype html>')
  await writeFile(join(root, 'assets/app.js'), '')
})
afterAll(() => rm(root, { recursive: true, force: true }))

it('serves files of the built renderer with their type', () => {
  expect(resolveRendererFile(root, 'impactdesk://app/assets/app.js')).toEqual({
    filePath: join(root, 'assets/app.js'),
    contentType: 'text/javascript; charset=utf-8',
  })
})

it('answers routes with index.html', () => {
  expect(resolveRendererFile(root, 'impactdesk://app/')?.filePath).toBe(join(root, 'index.html'))
  expect(resolveRendererFile(root, 'impactdesk://app/campaigns')?.filePath).toBe(
    join(root, 'index.html'),
  )
})

it('never leaves the renderer folder', () => {
  expect(resolveRendererFile(root, 'impactdesk://app/../../etc/passwd.txt')).toBeNull()
  expect(resolveRendererFile(root, 'impactdesk://app/%2e%2e/%2e%2e/secret.js')?.filePath).toBe(
    join(root, 'secret.js'),
  )
  expect(resolveRendererFile(root, 'impactdesk://app/..%2f..%2fsecret.js')).toBeNull()
  expect(resolveRendererFile(root, 'impactdesk://app/assets/%00.js')).toBeNull()
  expect(resolveRendererFile(root, 'impactdesk://app/program.exe')).toBeNull()
})
