import type { LineEndingCounts } from './createRecordSplitter'

export type LineEnding = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none'

/** The line ending a file uses, from the counts of each kind outside quoted fields. */
export function lineEndingOf(counts: LineEndingCounts): LineEnding {
  const used = (['crlf', 'lf', 'cr'] as const).filter((kind) => counts[kind] > 0)
  if (used.length === 0) return 'none'
  return used.length === 1 ? (used[0] as LineEnding) : 'mixed'
}
