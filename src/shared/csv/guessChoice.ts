import { resources } from '../i18n/resources'
import { choiceKey } from './choiceKey'
import { booleanChoices } from './booleanChoices'
import type { ChoiceSet } from './choiceSet'
import { enumChoiceSets } from './choiceSynonyms'
import type { ImportField } from './importField'
import { similarity } from './similarity'
import { withinEdits } from './withinEdits'
import { LEAVE_UNMAPPED } from './valueMap'

/** A value's likely option; `sure` when it is a known wording, not a near one or a category. */
export type ChoiceGuess = { option: string; sure: boolean }

type Index = {
  sure: Map<string, string>
  likely: Map<string, string>
  fuzzy: boolean
  /** Near guesses already made: a column repeats its few values on every row. */
  near: Map<string, ChoiceGuess | undefined>
}

/** Near guesses kept per kind of choice; past this the memory starts again. */
const NEAR_MEMO = 1000

type Catalog = { [key: string]: string | Catalog }

function message(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

const catalogs = Object.values(resources).map(({ translation }) => translation as Catalog)
const indexes = new WeakMap<ChoiceSet, Index>()
const adHoc = new WeakMap<readonly string[], ChoiceSet>()

function indexOf(set: ChoiceSet): Index {
  let index = indexes.get(set)
  if (index) return index
  const sure = new Map<string, string>()
  const likely = new Map<string, string>()
  // The first option to claim a wording keeps it: values and labels before other wordings.
  const add = (map: Map<string, string>, text: string, option: string) => {
    const key = choiceKey(text)
    if (key && !map.has(key)) map.set(key, option)
  }
  for (const option of set.options) {
    add(sure, option, option)
    const labelKey = set.labelKeys[option]
    for (const catalog of catalogs) {
      const label = labelKey && message(catalog, labelKey)
      if (label) add(sure, label, option)
    }
  }
  for (const [option, words] of Object.entries(set.words))
    for (const word of words) add(sure, word, option)
  for (const [option, words] of Object.entries(set.likely ?? {}))
    for (const word of words) add(likely, word, option)
  // Near wordings are guessed for categories only: "not checked" is no near "checked".
  index = { sure, likely, fuzzy: set !== booleanChoices, near: new Map() }
  indexes.set(set, index)
  return index
}

/**
 * The choices of a yes/no or enum field: its kind's table, or for an enum no table knows, its
 * own options and English labels.
 */
export function choiceSetFor(field: Pick<ImportField, 'type' | 'options' | 'optionLabels'>) {
  if (field.type === 'boolean') return booleanChoices
  if (field.type !== 'enum' || !field.options) return undefined
  const options = field.options
  const signature = options.join('|')
  const known = enumChoiceSets.find((set) => set.options.join('|') === signature)
  if (known) return known
  let set = adHoc.get(options)
  if (!set) {
    const words = Object.fromEntries(
      options.map((option) => [option, [field.optionLabels?.[option] ?? option]]),
    )
    set = { options, labelKeys: {}, words }
    adHoc.set(options, set)
  }
  return set
}

/**
 * The option a value most likely means: a value, label (in any UI language) or known wording
 * is sure; another tool's nearest category, a wording inside a longer value ("Labor union
 * local 12") or one a letter or two away is a guess to check. Undefined when nothing is near.
 */
export function guessChoice(set: ChoiceSet, text: string): ChoiceGuess | undefined {
  const key = choiceKey(text)
  if (!key) return undefined
  const index = indexOf(set)
  const sure = index.sure.get(key)
  if (sure) return { option: sure, sure: true }
  const likely = index.likely.get(key)
  if (likely) return { option: likely, sure: false }
  if (!index.fuzzy) return undefined
  if (index.near.has(key)) return index.near.get(key)
  const guess = nearGuess(index, key)
  if (index.near.size >= NEAR_MEMO) index.near.clear()
  index.near.set(key, guess)
  return guess
}

// 0.8 similar is at most a fifth of the longer's letters edited: most pairs are ruled out early.
const near = (a: string, b: string) =>
  withinEdits(a, b, Math.floor(Math.max(a.length, b.length) / 5))

/** The option of the known wording a value holds, is held by, or is a letter or two from. */
function nearGuess(index: Index, key: string): ChoiceGuess | undefined {
  let best: { option: string; score: number } | undefined
  for (const [known, option] of index.sure) {
    const inside =
      Math.min(known.length, key.length) >= 4 && (key.includes(known) || known.includes(key))
    const score = inside
      ? 1 + Math.min(known.length, key.length) / 100
      : known.length >= 5 && key.length >= 5 && near(known, key)
        ? similarity(key, known)
        : 0
    if (score >= 0.8 && (!best || score > best.score)) best = { option, score }
  }
  return best && { option: best.option, sure: false }
}

/**
 * The option a cell is imported as: the user's choice for its value when there is one (none
 * when left unmapped), else the guess; null when neither gives one.
 */
export function readChoice(
  set: ChoiceSet,
  text: string,
  chosen?: Readonly<Record<string, string>>,
): string | null {
  const mapped = chosen?.[choiceKey(text)]
  if (mapped === LEAVE_UNMAPPED) return null
  if (mapped !== undefined && set.options.includes(mapped)) return mapped
  return guessChoice(set, text)?.option ?? null
}
