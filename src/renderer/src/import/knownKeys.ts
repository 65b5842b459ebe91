import type { ImpactDeskDb } from '../db/db'

/** The indexes an import matches records by. */
const indexes = {
  emails: ['contacts', 'emailKeys'],
  personNames: ['contacts', 'nameKey'],
  domains: ['organizations', 'domain'],
  organizationNames: ['organizations', 'nameKey'],
} as const

export type KeyKind = keyof typeof indexes
export type KnownKeys = ReturnType<typeof createKnownKeys>

/**
 * The keys already in the database that an import matches by (emails, people's folded names,
 * domains, partners' folded names), so that a batch asks the database only about keys that can
 * match: most rows of a large file are new, and asking key by key costs a request each. A file of
 * one batch asks key by key, so a small import never pays for reading a whole index; from the
 * second batch on, each index is read once for the run, when first needed. Keys the run itself
 * adds are the planner's to remember.
 */
export function createKnownKeys(db: ImpactDeskDb) {
  let batches = 0
  const known = new Map<KeyKind, Promise<Set<string>>>()

  function read(kind: KeyKind): Promise<Set<string>> {
    let keys = known.get(kind)
    if (!keys) {
      const [table, index] = indexes[kind]
      keys = db
        .table(table)
        .orderBy(index)
        .uniqueKeys()
        .then((list) => new Set(list.map(String)))
      known.set(kind, keys)
    }
    return keys
  }

  return {
    /** Called once per batch, before its lookups. */
    nextBatch() {
      batches++
    },
    /** The keys that may name a record in the database: all of them in the first batch. */
    async mayExist(kind: KeyKind, keys: string[]): Promise<string[]> {
      if (batches < 2 || !keys.length) return keys
      const existing = await read(kind)
      return keys.filter((key) => existing.has(key))
    },
  }
}
