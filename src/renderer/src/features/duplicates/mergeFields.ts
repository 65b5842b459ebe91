import { foldForSearch } from '../../../../shared/text/foldForSearch'
import type { DuplicateEntity } from './duplicateCandidate'

/** Which record's value a merged field keeps; `both` joins lists (and notes). */
export type MergeChoice = 'a' | 'b' | 'both'

/** `single`: one value or the other; `list`: either, or both joined; `text`: notes, same. */
export type MergeField = { field: string; kind: 'single' | 'list' | 'text' }

export type MergeChoices = Record<string, MergeChoice>

type Values = Record<string, unknown>

const single = (field: string): MergeField => ({ field, kind: 'single' })
const list = (field: string): MergeField => ({ field, kind: 'list' })

/** The fields a person chooses between, in the order the merge screen shows them. */
export const mergeFieldsOf: Record<DuplicateEntity, readonly MergeField[]> = {
  contacts: [
    single('firstName'),
    single('middleName'),
    single('lastName'),
    list('emails'),
    list('phones'),
    single('title'),
    single('preferredLanguage'),
    single('pronouns'),
    single('city'),
    single('region'),
    single('country'),
    list('links'),
    single('consent'),
    single('sensitive'),
    list('tags'),
    single('strength'),
    { field: 'notes', kind: 'text' },
  ],
  organizations: [
    single('name'),
    list('aliases'),
    single('type'),
    single('website'),
    single('domain'),
    single('city'),
    single('region'),
    single('country'),
    list('languages'),
    list('tags'),
    single('stage'),
    single('strength'),
    single('owner'),
    { field: 'notes', kind: 'text' },
  ],
}

/** No value worth keeping: nothing, blank, an empty list, `false`, or an object of those. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue)
  return false
}

export const sameValue = (x: unknown, y: unknown) =>
  JSON.stringify(x ?? null) === JSON.stringify(y ?? null)

/** What makes two list items the same entry: the address, the digits, the folded word. */
function identity(item: unknown): string {
  if (typeof item === 'string') return foldForSearch(item)
  if (item && typeof item === 'object') {
    if ('address' in item) return String(item.address).toLowerCase()
    if ('number' in item) return String(item.number).replace(/\D/g, '')
  }
  return JSON.stringify(item)
}

/** Both lists' entries, the first record's first, each once; at most one stays primary. */
export function unionOf(first: readonly unknown[], second: readonly unknown[]): unknown[] {
  const seen = new Set<string>()
  const joined = [...first, ...second].filter((item) => {
    const key = identity(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  let primarySeen = false
  return joined.map((item) => {
    if (!item || typeof item !== 'object' || !('primary' in item) || !item.primary) return item
    if (primarySeen) return { ...item, primary: false }
    primarySeen = true
    return item
  })
}

/** The choice a person most likely wants: keep what is there, join lists that differ. */
export function defaultChoices(entity: DuplicateEntity, a: Values, b: Values): MergeChoices {
  const choices: MergeChoices = {}
  for (const { field, kind } of mergeFieldsOf[entity]) {
    const [x, y] = [a[field], b[field]]
    const joinable = kind !== 'single' && !isEmptyValue(x) && !isEmptyValue(y) && !sameValue(x, y)
    // An empty or `false` value loses to a real one: a person marked sensitive in either record
    // stays sensitive, a consent given in either stays given.
    choices[field] = joinable ? 'both' : isEmptyValue(x) && !isEmptyValue(y) ? 'b' : 'a'
  }
  return choices
}

function chosenValue({ field, kind }: MergeField, a: Values, b: Values, choice: MergeChoice) {
  if (choice === 'a') return a[field]
  if (choice === 'b' || kind === 'single') return b[field]
  if (kind === 'list') return unionOf((a[field] as unknown[]) ?? [], (b[field] as unknown[]) ?? [])
  return [a[field], b[field]].filter((text) => !isEmptyValue(text)).join('\n\n')
}

/**
 * The kept record's fields after the merge, as a patch for its repository's update. Besides
 * what was chosen: a contact keeps the organization names of both (its affiliations move too),
 * and an organization keeps the name it loses as an alias, so searching the old name finds it.
 */
export function mergedFields(
  entity: DuplicateEntity,
  a: Values,
  b: Values,
  choices: MergeChoices,
): Values {
  const fallback = defaultChoices(entity, a, b)
  const patch: Values = {}
  for (const spec of mergeFieldsOf[entity]) {
    patch[spec.field] = chosenValue(spec, a, b, choices[spec.field] ?? fallback[spec.field]!)
  }
  if (entity === 'contacts') {
    patch.organizationNames = unionOf(
      (a.organizationNames as string[]) ?? [],
      (b.organizationNames as string[]) ?? [],
    )
  } else {
    const lost = [a.name, b.name].filter(
      (name): name is string =>
        typeof name === 'string' && foldForSearch(name) !== foldForSearch(String(patch.name)),
    )
    patch.aliases = unionOf((patch.aliases as string[]) ?? [], lost)
  }
  return patch
}
