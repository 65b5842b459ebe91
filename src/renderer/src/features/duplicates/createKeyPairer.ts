/**
 * Pairs up ids that share a key (an email, a domain) as records arrive, in any order. Each id
 * is paired with at most `window` earlier ids of its key: 500 contacts sharing "info@union.org"
 * give a chain of suggestions, not 125,000 of them, and merging along the chain still brings
 * them all together. Holds the last few ids of each key seen.
 */
export function createKeyPairer(window: number) {
  const recent = new Map<string, string[]>()
  return {
    /** The earlier ids with this key that `id` should be compared with. */
    push(key: string, id: string): string[] {
      const ids = recent.get(key)
      if (!ids) {
        recent.set(key, [id])
        return []
      }
      if (ids.includes(id)) return []
      const partners = [...ids]
      ids.push(id)
      if (ids.length > window) ids.shift()
      return partners
    },
  }
}
