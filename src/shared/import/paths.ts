type Item = Record<string, unknown>

/** The value at a dotted path ("venue.city"), or undefined. */
export function getPath(record: Item, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Item | undefined)?.[key], record)
}

/**
 * Sets `value` at a dotted path. The objects on the way are copied (or created), so a shallow
 * copy of a record can be changed without touching the original's nested objects.
 */
export function setPath(record: Item, path: string, value: unknown): void {
  const keys = path.split('.')
  let at = record
  for (const key of keys.slice(0, -1)) {
    const next = at[key]
    at = at[key] = typeof next === 'object' && next !== null ? { ...(next as Item) } : {}
  }
  at[keys[keys.length - 1] as string] = value
}
