import { LIVE } from './record'

/**
 * The sum and count of a metric's live entries per day and per month, so the dashboard reads a
 * few hundred small rows instead of every entry. Kept in the same transaction as every write to
 * `metricEntries` by the renderer's metricRollupMiddleware; built from the entries by schema
 * version 4.
 *
 * `period` is `d2024-04-28` for a day or `m2024-04` for a month: one `[metricId+period]` index
 * answers both, a range of days or a range of months.
 */
export type MetricRollup = {
  /** `${metricId}|${period}`: ids of sample metrics start with "sample-", so the sample's go too. */
  id: string
  metricId: string
  period: string
  sum: number
  count: number
}

/** What one entry contributes: only a live entry counts. */
export type RolledEntry = { metricId: string; date: string; value: number; deletedAt: string }

export const dayPeriod = (date: string) => `d${date.slice(0, 10)}`
export const monthPeriod = (date: string) => `m${date.slice(0, 7)}`
export const rollupId = (metricId: string, period: string) => `${metricId}|${period}`

/** The change of sum and count, per rollup id, from entries going from `before` to `after`. */
export type RollupDeltas = Map<
  string,
  { metricId: string; period: string; sum: number; count: number }
>

function add(deltas: RollupDeltas, entry: RolledEntry, sign: 1 | -1) {
  if (entry.deletedAt !== LIVE || !Number.isFinite(entry.value)) return
  for (const period of [dayPeriod(entry.date), monthPeriod(entry.date)]) {
    const id = rollupId(entry.metricId, period)
    const delta = deltas.get(id) ?? { metricId: entry.metricId, period, sum: 0, count: 0 }
    delta.sum += sign * entry.value
    delta.count += sign
    deltas.set(id, delta)
  }
}

/** Deltas for a batch of changes, each an entry before (or undefined) and after (or undefined). */
export function rollupDeltas(
  changes: Iterable<{ before?: RolledEntry | undefined; after?: RolledEntry | undefined }>,
): RollupDeltas {
  const deltas: RollupDeltas = new Map()
  for (const { before, after } of changes) {
    if (before) add(deltas, before, -1)
    if (after) add(deltas, after, 1)
  }
  for (const [id, delta] of deltas) {
    if (delta.count === 0 && delta.sum === 0) deltas.delete(id)
  }
  return deltas
}

/**
 * The rows after applying deltas to what is stored: a row whose count reaches zero is deleted
 * (returned in `remove`), so an emptied day leaves nothing behind.
 */
export function applyDeltas(
  deltas: RollupDeltas,
  stored: readonly (MetricRollup | undefined)[],
): { put: MetricRollup[]; remove: string[] } {
  const put: MetricRollup[] = []
  const remove: string[] = []
  let index = 0
  for (const [id, delta] of deltas) {
    const row = stored[index++]
    const count = (row?.count ?? 0) + delta.count
    const sum = (row?.sum ?? 0) + delta.sum
    if (count <= 0) {
      if (row) remove.push(id)
    } else {
      put.push({ id, metricId: delta.metricId, period: delta.period, sum, count })
    }
  }
  return { put, remove }
}

/** Every rollup row of these entries, from scratch (the upgrade, and seeding in tests). */
export function rollupsOf(entries: Iterable<RolledEntry>): MetricRollup[] {
  const deltas = rollupDeltas([...entries].map((after) => ({ after })))
  return [...deltas].map(([id, delta]) => ({ id, ...delta }))
}
