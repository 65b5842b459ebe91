/**
 * Whether `a` becomes `b` in at most `max` single-letter edits; stops as soon as a row of the
 * distance table is past `max`, so most unrelated pairs cost a few rows, not the whole table.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let smallest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current[j] = value
      if (value < smallest) smallest = value
    }
    if (smallest > max) return false
    previous = current
  }
  return (previous[b.length] as number) <= max
}
