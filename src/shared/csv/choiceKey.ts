import { foldForSearch } from '../text/foldForSearch'

/**
 * A choice's wording reduced to what tells it apart: case, accents, spacing and punctuation
 * ignored, letters of every script kept ("Q&A only" is "qaonly", "نعم" stays "نعم"). A value
 * of signs alone ("✓", "-") is itself.
 */
export function choiceKey(text: string): string {
  const folded = foldForSearch(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
  return folded.replace(/[^\p{L}\p{N}]+/gu, '') || folded.replace(/\s+/g, '')
}
