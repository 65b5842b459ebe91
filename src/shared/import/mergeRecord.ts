import { getPath, setPath } from './paths'

/**
 * How a row's values meet a record that is already there: `update` writes over it, `fill` only
 * where it has none, `combine` fills its blanks and adds to its lists (a later row of a file
 * meeting a record an earlier row made or matched, so that the file merges into it once).
 */
export type MergeMode = 'update' | 'fill' | 'combine'

type Item = Record<string, unknown>

/** No value: nothing, an empty text or an empty list. */
export const isBlankValue = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)
const isBlank = isBlankValue

/** Emails and phones are lists of objects, one of them primary; anything else a list of values. */
function keyOf(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item
  const { address, number } = item as { address?: string; number?: string }
  return address?.toLowerCase() ?? number ?? JSON.stringify(item)
}

function union(existing: unknown[], incoming: unknown[]): unknown[] {
  const known = new Set(existing.map(keyOf))
  const hasPrimary = existing.some((item) => (item as { primary?: boolean })?.primary === true)
  const added = incoming
    .filter((item) => !known.has(keyOf(item)))
    .map((item) =>
      hasPrimary && typeof item === 'object' && item !== null ? { ...item, primary: false } : item,
    )
  return added.length ? [...existing, ...added] : existing
}

/**
 * Notes gain the lines of a row's notes they lack and keep their own, whatever the mode: what
 * someone wrote in the app is never replaced by a file, and a file read again adds nothing.
 */
function joinNotes(before: string, incoming: string): string {
  if (before.trim() === '') return incoming
  const known = new Set(before.split('\n').map((line) => line.trim()))
  const added = incoming.split('\n').filter((line) => line.trim() && !known.has(line.trim()))
  return added.length ? [before, ...added].join('\n') : before
}

/**
 * A record with a row's values applied to the paths the row gave. `update` writes each value
 * over the record's, `fill` and `combine` only where the record has none; lists gain the row's
 * new items and keep theirs (an email list keeps its primary address), except that `fill`
 * leaves a list that has items as it is; notes gain the lines they lack (see joinNotes). Answers the merged copy and the
 * top-level fields that changed.
 */
export function mergeRecord(
  existing: Item,
  incoming: Item,
  given: readonly string[],
  mode: MergeMode,
): { merged: Item; changed: string[] } {
  const merged: Item = { ...existing }
  for (const path of given) {
    const before = getPath(existing, path)
    const value = getPath(incoming, path)
    if (isBlank(value)) continue
    if (path === 'notes' && typeof value === 'string' && typeof before === 'string') {
      setPath(merged, path, joinNotes(before, value))
    } else if (Array.isArray(value) && Array.isArray(before)) {
      if (mode === 'fill' && before.length) continue
      setPath(merged, path, union(before, value))
    } else if (mode === 'update' || isBlank(before)) setPath(merged, path, value)
  }
  const changed = Object.keys(merged).filter(
    (key) => JSON.stringify(merged[key]) !== JSON.stringify(existing[key]),
  )
  return { merged: changed.length ? merged : existing, changed }
}
