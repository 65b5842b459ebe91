import type { Table } from 'dexie'
import type { Contact } from '../../../../shared/domain/contact'
import type { Organization } from '../../../../shared/domain/organization'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'
import { compareNames } from './compareNames'
import { createCandidateCollector } from './createCandidateCollector'
import { createKeyPairer } from './createKeyPairer'
import type { DuplicateCandidate, DuplicateEntity } from './duplicateCandidate'
import { duplicateDismissalRepo } from './duplicateDismissalRepo'
import { nameKey } from './nameKey'
import { neighbourPairs } from './neighbourPairs'
import type { DuplicateRecord } from './recordName'

/** Records read per request: one getAll each. */
const PAGE_SIZE = 2000
/** Names compared between two yields to the event loop, so the window keeps responding. */
const COMPARE_SLICE = 10_000
/** How many earlier records sharing an email or domain each record is paired with. */
const KEY_WINDOW = 3
/** How many following names, in each sort order, each name is compared with. */
const NAME_WINDOW = 4
/** The most suggestions one scan returns, strongest first; merging or dismissing frees room. */
export const MAX_SUGGESTIONS = 10_000
/** The part of a scan spent reading records (the rest compares names), measured at 100,000. */
const READ_SHARE = 0.6

/** A scan can be stopped, and says how far along it is (0 to 1) as it goes. */
export type ScanOptions = { signal?: AbortSignal; onProgress?: (fraction: number) => void }

type Collector = ReturnType<typeof createCandidateCollector>
type Named = { id: string; name: string }

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Every live record of a table, a page at a time in primary-key order, never the whole table
 * at once. Measured in Chromium at 100,000 contacts: walking an index's keys with a cursor
 * costs one round trip per entry (about 2.5 s per index), while pages of `getAll` read whole
 * records faster (about 1.7 s for all of them) and give emails and names in one pass.
 */
async function eachLivePage<T extends { id: string; deletedAt: string }>(
  table: Table<T, string>,
  visit: (records: T[]) => void,
  { signal, onProgress }: ScanOptions,
) {
  const total = Math.max(1, await table.count())
  let read = 0
  let last: string | undefined
  for (;;) {
    signal?.throwIfAborted()
    const ordered = last === undefined ? table.orderBy(':id') : table.where(':id').above(last)
    const page = await ordered.limit(PAGE_SIZE).toArray()
    if (page.length === 0) return
    visit(page.filter((record) => record.deletedAt === LIVE))
    last = page[page.length - 1]!.id
    read += page.length
    onProgress?.(READ_SHARE * Math.min(1, read / total))
  }
}

function sortedBy<E>(entries: readonly E[], keyOf: (entry: E) => string): E[] {
  return entries
    .map((entry) => ({ entry, key: keyOf(entry) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map(({ entry }) => entry)
}

/** Sorted-neighbourhood passes over the names, one per sort order, a slice at a time. */
async function pairSimilarNames<N extends Named>(
  named: readonly N[],
  sortKeys: ((entry: N) => string)[],
  collector: Collector,
  { signal, onProgress }: ScanOptions,
) {
  const match = (a: N, b: N) => compareNames(a.name, b.name)
  const slices = Math.max(1, sortKeys.length * Math.ceil(named.length / COMPARE_SLICE))
  let done = 0
  for (const keyOf of sortKeys) {
    const sorted = sortedBy(named, keyOf)
    for (let from = 0; from < sorted.length; from += COMPARE_SLICE) {
      signal?.throwIfAborted()
      const to = Math.min(from + COMPARE_SLICE, sorted.length)
      for (const { a, b, match: found } of neighbourPairs(sorted, NAME_WINDOW, match, from, to)) {
        collector.add(a.id, b.id, { kind: found === 'same' ? 'sameName' : 'similarName' })
      }
      onProgress?.(READ_SHARE + (1 - READ_SHARE) * (++done / slices))
      await nextTask()
    }
  }
}

async function scanContacts(collector: Collector, options: ScanOptions) {
  const emails = createKeyPairer(KEY_WINDOW)
  const people: (Named & { lastFirst: string })[] = []
  await eachLivePage(
    db.contacts,
    (page) => {
      for (const contact of page) {
        for (const email of contact.emailKeys ?? []) {
          for (const earlier of emails.push(email, contact.id)) {
            collector.add(earlier, contact.id, { kind: 'sameEmail', value: email })
          }
        }
        // A first name alone ("Ana") says too little to suggest a merge; a shared email still does.
        const first = nameKey(contact.firstName)
        const last = nameKey(contact.lastName)
        if (first && last) {
          people.push({ id: contact.id, name: `${first} ${last}`, lastFirst: `${last} ${first}` })
        }
      }
    },
    options,
  )
  // Sorting by surname and by first name catches a typo at the start of either.
  await pairSimilarNames(people, [(p) => p.lastFirst, (p) => p.name], collector, options)
}

async function scanOrganizations(collector: Collector, options: ScanOptions) {
  const domains = createKeyPairer(KEY_WINDOW)
  const named: Named[] = []
  await eachLivePage(
    db.organizations,
    (page) => {
      for (const org of page) {
        if (org.domain) {
          for (const earlier of domains.push(org.domain, org.id)) {
            collector.add(earlier, org.id, { kind: 'sameDomain', value: org.domain })
          }
        }
        // An alias counts as a name: "AFL-CIO" finds the record whose alias it is.
        for (const name of [org.name, ...(org.aliases ?? [])]) {
          named.push({ id: org.id, name: nameKey(name) })
        }
      }
    },
    options,
  )
  // Names read backwards sort a typo in the first letters next to the right spelling.
  const reversed = (entry: Named) => [...entry.name].reverse().join('')
  await pairSimilarNames(named, [(entry) => entry.name, reversed], collector, options)
}

/** The strongest suggestions no one dismissed, looking dismissals up a bounded batch at a time. */
async function undismissed(entity: DuplicateEntity, ranked: readonly DuplicateCandidate[]) {
  const kept: DuplicateCandidate[] = []
  for (let from = 0; from < ranked.length && kept.length < MAX_SUGGESTIONS;) {
    const batch = ranked.slice(from, from + MAX_SUGGESTIONS)
    from += batch.length
    const dismissed = await duplicateDismissalRepo.dismissedAmong(
      entity,
      batch.map((candidate) => candidate.pair),
    )
    kept.push(...batch.filter((candidate) => !dismissed.has(candidate.pair)))
  }
  return kept.slice(0, MAX_SUGGESTIONS)
}

export const duplicateCandidateRepo = {
  /**
   * Likely duplicates among the live records of a table, strongest first, without the pairs
   * someone said are not duplicates; at most MAX_SUGGESTIONS. Holds one page of records and a
   * short key per record (emails or domain, folded names), never the table.
   */
  async scan(entity: DuplicateEntity, options: ScanOptions = {}): Promise<DuplicateCandidate[]> {
    const collector = createCandidateCollector(entity, 2 * MAX_SUGGESTIONS)
    const scanTable = entity === 'contacts' ? scanContacts : scanOrganizations
    await scanTable(collector, options)
    options.signal?.throwIfAborted()
    return undismissed(entity, collector.list())
  },

  /** The live records among these ids, by id: a page of suggestions or the pair being merged. */
  async records(entity: DuplicateEntity, ids: readonly string[]) {
    const table: Table<Contact | Organization, string> =
      entity === 'contacts' ? db.contacts : db.organizations
    const found = await table.bulkGet([...new Set(ids)])
    return new Map<string, DuplicateRecord>(
      found.flatMap((record) => (record && record.deletedAt === LIVE ? [[record.id, record]] : [])),
    )
  },
}
