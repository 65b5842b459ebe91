/**
 * The sorted-neighbourhood method: with entries sorted by a key, each entry is compared with the
 * next `window` entries only, so n names cost n × window comparisons instead of n². Compares the
 * entries from `from` up to (not including) `to`, so a long list can be done a slice at a time.
 * `match` says whether two entries are alike and how.
 */
export function neighbourPairs<E extends { id: string }, M>(
  sorted: readonly E[],
  window: number,
  match: (a: E, b: E) => M | undefined,
  from = 0,
  to = sorted.length,
): { a: E; b: E; match: M }[] {
  const pairs: { a: E; b: E; match: M }[] = []
  for (let i = from; i < to; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j <= i + window && j < sorted.length; j++) {
      const b = sorted[j]!
      if (a.id === b.id) continue
      const found = match(a, b)
      if (found !== undefined) pairs.push({ a, b, match: found })
    }
  }
  return pairs
}
