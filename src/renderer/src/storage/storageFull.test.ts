import Dexie from 'dexie'
import { expect, it } from 'vitest'
import { isStorageFull } from './storageFull'

it('knows a full disk however IndexedDB and Dexie pass it on', () => {
  const quota = new DOMException('The disk is full', 'QuotaExceededError')
  expect(isStorageFull(quota)).toBe(true)
  expect(isStorageFull(new Dexie.QuotaExceededError('full'))).toBe(true)
  expect(isStorageFull(new Dexie.AbortError('aborted', quota))).toBe(true)
  expect(isStorageFull(new Error('stopped', { cause: quota }))).toBe(true)
})

it('does not take other failures for a full disk', () => {
  expect(isStorageFull(new Dexie.ConstraintError('key exists'))).toBe(false)
  expect(isStorageFull(new Dexie.AbortError('aborted'))).toBe(false)
  expect(isStorageFull(new Error('QuotaExceededError in the text only'))).toBe(false)
  expect(isStorageFull(undefined)).toBe(false)
  expect(isStorageFull('QuotaExceededError')).toBe(false)
})
