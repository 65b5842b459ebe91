/**
 * Folds text for matching as people type: case, accents and other marks are ignored, so
 * "bogota" finds "Bogotá" and "Tableau de bord" is found by "tableau".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim()
}

/** Whether every word of the query appears somewhere in the text, once both are folded. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldForSearch(text)
  return foldForSearch(query)
    .split(/\s+/)
    .every((word) => haystack.includes(word))
}
