import { editDistance } from './editDistance'

export type NameMatch = 'same' | 'similar'

/** How many typos a name of this length may have and still read as the same name. */
function allowedEdits(length: number): number {
  // Short names one letter apart are usually different people ("Ana Li" and "Ann Li").
  if (length < 8) return 0
  return length < 14 ? 1 : 2
}

/** Whether two name keys (see nameKey) are the same, nearly the same, or different names. */
export function compareNames(a: string, b: string): NameMatch | undefined {
  if (a === '' || b === '') return undefined
  if (a === b) return 'same'
  const max = allowedEdits(Math.min(a.length, b.length))
  if (max === 0 || editDistance(a, b, max) > max) return undefined
  // Digits are not typos: "Local 32" and "Local 33" are two union locals.
  return a.replace(/\D/g, '') === b.replace(/\D/g, '') ? 'similar' : undefined
}
