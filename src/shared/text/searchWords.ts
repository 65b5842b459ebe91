import { foldForSearch } from './foldForSearch'

/**
 * The words a record is found by as people type: folded (no case, no accents), split on
 * anything that is not a letter or digit, each kept once. An email also stays whole, so
 * "ana.lopez@" finds it. Stored as a multi-entry index and searched by prefix.
 */
export function searchWords(...texts: (string | undefined)[]): string[] {
  const words = new Set<string>()
  for (const text of texts) {
    if (!text) continue
    const folded = foldForSearch(text)
    for (const word of folded.split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word)
    if (folded.includes('@')) words.add(folded)
  }
  return [...words]
}

/** The words of a query, each to be matched as a prefix of some word of the record. */
export function queryWords(query: string): string[] {
  return searchWords(query).filter((word) => !word.includes('@') || word === foldForSearch(query))
}

/** A list search shorter than this matches most of a large table: the list stays whole. */
export const MIN_SEARCH_LENGTH = 2

/** The words a list search filters by: none until the query has MIN_SEARCH_LENGTH characters. */
export function listSearchWords(query: string): string[] {
  const words = queryWords(query)
  return words.join('').length < MIN_SEARCH_LENGTH ? [] : words
}
