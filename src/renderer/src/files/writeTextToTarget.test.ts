import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { Api } from '../../../shared/ipc/api'
import { textChunks, writeTextToTarget } from './writeTextToTarget'

const token = '6f1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'
const writeId = '0b1c7a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b'

/** Main's side as calls in order, with the written text kept. */
function fakeApi(failOnChunk?: number) {
  const calls: string[] = []
  let text = ''
  const api: Partial<Api> = {
    beginWrite: async () => (calls.push('begin'), { ok: true, writeId }),
    writeChunk: async (_id, chunk) => {
      calls.push('chunk')
      if (calls.filter((c) => c === 'chunk').length === failOnChunk) {
        return { ok: false, reason: 'disk-full', fileName: 'big.csv', detail: 'ENOSPC' }
      }
      text += chunk
      return { ok: true }
    },
    commitWrite: async () => (calls.push('commit'), { ok: true }),
    abortWrite: async () => void calls.push('abort'),
  }
  return { calls, api, written: () => text }
}

beforeEach(() => vi.stubGlobal('window', {}))
afterEach(() => vi.unstubAllGlobals())

it('streams every chunk, then commits', async () => {
  const { calls, api, written } = fakeApi()
  vi.stubGlobal('window', { api })
  const content = 'a,b\n'.repeat(10)
  expect(await writeTextToTarget(token, textChunks(content, 7))).toEqual({ ok: true })
  expect(written()).toBe(content)
  expect(calls[0]).toBe('begin')
  expect(calls.at(-1)).toBe('commit')
  expect(calls.filter((c) => c === 'chunk')).toHaveLength(Math.ceil(content.length / 7))
})

it('stops at a failed chunk and answers its failure; main has discarded the temp', async () => {
  const { calls, api } = fakeApi(2)
  vi.stubGlobal('window', { api })
  expect(await writeTextToTarget(token, ['a', 'b', 'c'])).toEqual({
    ok: false,
    reason: 'disk-full',
    fileName: 'big.csv',
    detail: 'ENOSPC',
  })
  expect(calls).toEqual(['begin', 'chunk', 'chunk'])
})

it('a cancelled signal aborts the write instead of committing it', async () => {
  const { calls, api } = fakeApi()
  vi.stubGlobal('window', { api })
  const controller = new AbortController()
  async function* chunks() {
    yield 'first'
    controller.abort()
    yield 'second'
  }
  expect(await writeTextToTarget(token, chunks(), controller.signal)).toEqual({
    ok: 'cancelled',
  })
  expect(calls).toEqual(['begin', 'chunk', 'abort'])
})
