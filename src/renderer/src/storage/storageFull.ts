/**
 * Whether an error means the disk or the storage quota is full: IndexedDB's QuotaExceededError,
 * as Dexie passes it on (its own error of that name, or an AbortError whose inner error it is).
 */
export function isStorageFull(error: unknown): boolean {
  let current = error
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown }
    if (name === 'QuotaExceededError') return true
    current = inner ?? cause
  }
  return false
}
