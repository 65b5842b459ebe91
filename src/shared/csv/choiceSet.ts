/**
 * The options of one kind of choice, how the catalogs label them, and the wordings files use
 * for them. Every UI language's label of an option means it too (see guessChoice).
 */
export type ChoiceSet = {
  options: readonly string[]
  /** The message that labels each option. */
  labelKeys: Readonly<Record<string, string>>
  /** Wordings that mean the option for certain: other languages', other tools' values. */
  words: Readonly<Record<string, readonly string[]>>
  /** Another tool's nearest category (a LinkedIn industry, a CRM stage): guessed, to check. */
  likely?: Readonly<Record<string, readonly string[]>>
}

/** Each option's catalog key under `prefix` ("organizations.type.union"). */
export const keysUnder = (prefix: string, options: readonly string[]) =>
  Object.fromEntries(options.map((option) => [option, `${prefix}.${option}`]))
