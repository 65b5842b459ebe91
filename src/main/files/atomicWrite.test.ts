import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AtomicWriteIo, beginAtomicWrite } from './atomicWrite'
import { FileWriteError } from './fileWriteError'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const oldReport = 'name,attendance\nOld report,12\n'

/** The real file system, except that a file handle's writes fail once `limit` bytes are in. */
function diskThatFillsAfter(limit: number): AtomicWriteIo {
  return {
    ...fs,
    open: (async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args)
      let written = 0
      return new Proxy(handle, {
        get(target, property) {
          if (property === 'write') {
            return async (buffer: Uint8Array, offset = 0, length = buffer.length - offset) => {
              if (written + length > limit) {
                throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
                  code: 'ENOSPC',
                })
              }
              written += length
              return target.write(buffer, offset, length)
            }
          }
          const value = Reflect.get(target, property) as unknown
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value
        },
      }) as FileHandle
    }) as typeof fs.open,
  }
}

describe('beginAtomicWrite', () => {
  it('writes the chunks to the target and leaves nothing else beside it', async () => {
    const target = join(dir, 'screenings.csv')
    const write = await beginAtomicWrite(target)
    await write.write('title,city\n')
    await write.write('Hot Docs,Toronto\n')
    expect(await readdir(dir)).not.toContain('screenings.csv')
    await write.commit()
    expect(await readFile(target, 'utf8')).toBe('title,city\nHot Docs,Toronto\n')
    expect(await readdir(dir)).toEqual(['screenings.csv'])
  })

  it('replaces an existing file whole and keeps its permissions', async () => {
    const target = join(dir, 'report.csv')
    await writeFile(target, oldReport, { mode: 0o640 })
    const write = await beginAtomicWrite(target)
    await write.write('name,attendance\nNew report,40\n')
    expect(await readFile(target, 'utf8')).toBe(oldReport)
    await write.commit()
    expect(await readFile(target, 'utf8')).toBe('name,attendance\nNew report,40\n')
    expect((await stat(target)).mode & 0o777).toBe(0o640)
  })

  it('writes bytes, and text whose chunks split an emoji, exactly', async () => {
    const target = join(dir, 'mixed.csv')
    const text = 'Peña ✊🏽 Bogotá'
    const split = text.indexOf('✊') + 2 // between the two halves of 🏽
    const write = await beginAtomicWrite(target)
    await write.write(new Uint8Array([0xef, 0xbb, 0xbf]))
    await write.write(text.slice(0, split))
    await write.write(text.slice(split))
    await write.commit()
    expect(await readFile(target, 'utf8')).toBe(`\ufeff${text}`)
  })

  it('abort deletes the temporary file and leaves the old target', async () => {
    const target = join(dir, 'report.csv')
    await writeFile(target, oldReport)
    const write = await beginAtomicWrite(target)
    await write.write('half of a new fi')
    await write.abort()
    expect(await readFile(target, 'utf8')).toBe(oldReport)
    expect(await readdir(dir)).toEqual(['report.csv'])
  })

  it('a full disk mid-write names the file, keeps the old target and removes the temp', async () => {
    const target = join(dir, 'report.csv')
    await writeFile(target, oldReport)
    const write = await beginAtomicWrite(target, diskThatFillsAfter(100))
    await write.write('x'.repeat(80))
    const failure = write.write('y'.repeat(80))
    await expect(failure).rejects.toBeInstanceOf(FileWriteError)
    await expect(failure).rejects.toThrow(`Could not write ${target}: the disk is full (ENOSPC)`)
    await expect(failure).rejects.toMatchObject({ reason: 'disk-full', target })
    expect(await readFile(target, 'utf8')).toBe(oldReport)
    expect(await readdir(dir)).toEqual(['report.csv'])
    await expect(write.commit()).rejects.toThrow(FileWriteError)
    expect(await readFile(target, 'utf8')).toBe(oldReport)
  })

  it('a refused rename keeps the old target and removes the temp', async () => {
    const target = join(dir, 'report.csv')
    await writeFile(target, oldReport)
    const io: AtomicWriteIo = {
      ...fs,
      rename: async () => {
        throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' })
      },
    }
    const write = await beginAtomicWrite(target, io)
    await write.write('new')
    await expect(write.commit()).rejects.toMatchObject({ reason: 'permission-denied' })
    expect(await readFile(target, 'utf8')).toBe(oldReport)
    expect(await readdir(dir)).toEqual(['report.csv'])
  })

  it('a folder that is gone fails at the start, naming the file', async () => {
    const target = join(dir, 'gone', 'report.csv')
    await expect(beginAtomicWrite(target)).rejects.toMatchObject({
      reason: 'missing-folder',
      code: 'ENOENT',
      message: `Could not write ${target}: its folder no longer exists (ENOENT)`,
    })
  })

  it('a writer killed mid-write leaves the old target whole', async () => {
    const target = join(dir, 'report.csv')
    await writeFile(target, oldReport)
    const bundle = join(dir, 'bundle')
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        ssr: join(__dirname, 'slowWriter.fixture.ts'),
        outDir: bundle,
        rollupOptions: { output: { entryFileNames: 'slowWriter.mjs' } },
      },
    })
    const child = spawn(process.execPath, [join(bundle, 'slowWriter.mjs'), target], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.includes('writing') && resolve())
      child.on('exit', (code) => reject(new Error(`The writer stopped by itself (${code})`)))
    })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    child.kill('SIGKILL')
    await exited

    expect(await readFile(target, 'utf8')).toBe(oldReport)
    const partial = (await readdir(dir)).filter((name) => name.endsWith('.partial'))
    expect(partial).toHaveLength(1)
    expect((await stat(join(dir, partial[0]!))).size).toBeGreaterThan(0)
  }, 30_000)
})
