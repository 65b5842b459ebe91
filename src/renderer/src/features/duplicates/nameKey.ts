import { foldForSearch } from '../../../../shared/text/foldForSearch'

/**
 * A name as the duplicate scan compares it: folded (no case, no accents) and with punctuation
 * turned into single spaces, so "AFL-CIO" and "afl cio", or "García" and "Garcia", are equal.
 */
export function nameKey(...parts: (string | undefined)[]): string {
  return parts
    .map((part) => foldForSearch(part ?? ''))
    .join(' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
