/**
 * Where a search reads its words: the ids under a prefix of the multi-entry `searchWords` index,
 * in index order (word, then id), at most `limit` entries; and the words of given records.
 */
export type WordSource = {
  idsWithPrefix: (prefix: string, limit?: number) => Promise<string[]>
  wordsOf: (ids: string[]) => Promise<(readonly string[] | undefined)[]>
}

/** What a search found; `more` when it stopped reading before it had every match. */
export type SearchFound = { ids: Set<string>; more: boolean }

/**
 * A word this short is broad: at 100,000 contacts a two- or three-letter prefix matches
 * thousands of records.
 */
export const BROAD_WORD_LENGTH = 3

/** How many index entries a broad word reads: enough to fill screens, few enough to be quick. */
export const BROAD_LIMIT = 1_000

/**
 * How many index entries a longer word reads. A selective word (a last name, a full first name:
 * at 100,000 contacts "maria" has 2,028 entries, names and emails) is read whole, so its search
 * is exact; a word that matches more (a common tag) shows the first ones and says there are more.
 * At about 20 µs an entry, either read stays within a keystroke's budget.
 */
export const WORD_LIMIT = 2_500

/**
 * Up to this many candidates, the other words are checked on the records themselves (a record
 * read by id costs about what three or four index entries do); past it, a word whose whole range
 * was read is intersected, the others are checked on the first candidates only.
 */
export const CHECK_ON_RECORDS = 500

const limitOf = (word: string) => (word.length <= BROAD_WORD_LENGTH ? BROAD_LIMIT : WORD_LIMIT)

/**
 * The ids of records having every word as a prefix of one of theirs. The longest word is read
 * first (it is usually the rarest). No word reads more than its limit of index entries, and
 * other words are checked on at most CHECK_ON_RECORDS records: a broad search shows some
 * matches at once and says there are more (`more`), instead of reading most of the table.
 * Selective words keep the search exact. Pure over `source`, so the benchmark can tell what the
 * screen must show.
 */
export async function searchIds(source: WordSource, words: string[]): Promise<SearchFound> {
  const read = async (word: string) => {
    const limit = limitOf(word)
    const keys = await source.idsWithPrefix(word, limit)
    // Index order, each id once: the order decides which candidates a bounded check keeps.
    return { ids: [...new Set(keys)], whole: keys.length < limit }
  }
  const [seed, ...rest] = [...words].sort((a, b) => b.length - a.length)
  if (seed === undefined) return { ids: new Set(), more: false }
  const first = await read(seed)
  let more = !first.whole
  let candidates = first.ids
  let toCheck = rest
  // Ids a bounded read of a word did find match that word: no record needs reading for them.
  let partial: Set<string>[] = []
  if (candidates.length > CHECK_ON_RECORDS && rest.length > 0) {
    const others = await Promise.all(rest.map(read))
    const sets = others.filter((other) => other.whole).map((other) => new Set(other.ids))
    candidates = candidates.filter((id) => sets.every((set) => set.has(id)))
    toCheck = rest.filter((_, index) => !others[index]!.whole)
    partial = others.filter((other) => !other.whole).map((other) => new Set(other.ids))
  }
  if (toCheck.length === 0) return { ids: new Set(candidates), more }
  const sure = candidates.filter((id) => partial.length > 0 && partial.every((set) => set.has(id)))
  const known = new Set(sure)
  candidates = candidates.filter((id) => !known.has(id))
  if (candidates.length > CHECK_ON_RECORDS) {
    candidates = candidates.slice(0, CHECK_ON_RECORDS)
    more = true
  }
  const found = await source.wordsOf(candidates)
  const hasAll = (own: readonly string[] = []) =>
    toCheck.every((word) => own.some((w) => w.startsWith(word)))
  return { ids: new Set([...sure, ...candidates.filter((_, index) => hasAll(found[index]))]), more }
}
