/**
 * The number of single-character edits (insert, delete, substitute, swap two neighbours) between
 * two strings, or `max + 1` as soon as it is known to exceed `max`. Only the diagonal band
 * `|i - j| <= max` is computed, with three reused rows: the duplicate scan compares hundreds of
 * thousands of name pairs and only cares about "one or two typos".
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0
  const n = a.length
  const m = b.length
  const far = max + 1
  if (Math.abs(n - m) > max) return far
  // One spare cell past the end: each row marks the cell after its band as out of reach.
  let twoBack = new Int32Array(m + 2)
  let previous = Int32Array.from({ length: m + 2 }, (_, j) => Math.min(j, far))
  let current = new Int32Array(m + 2)
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max)
    const hi = Math.min(m, i + max)
    current[lo - 1] = lo === 1 ? Math.min(i, far) : far
    let rowMin = current[lo - 1]!
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, twoBack[j - 2]! + 1)
      }
      current[j] = Math.min(value, far)
      if (value < rowMin) rowMin = value
    }
    current[hi + 1] = far
    if (rowMin > max) return far
    ;[twoBack, previous, current] = [previous, current, twoBack]
  }
  return previous[m]!
}
