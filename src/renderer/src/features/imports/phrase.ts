import type { TFunction } from 'i18next'

/**
 * Something to say on screen, worked out by pure code: a message key and its values (which may
 * be phrases themselves), or text that has no message (a file's header, an untranslated label).
 */
export type Phrase =
  { key: string; values?: Record<string, string | number | Phrase> } | { text: string }

export function sayPhrase(t: TFunction, phrase: Phrase): string {
  if ('text' in phrase) return phrase.text
  const values = Object.fromEntries(
    Object.entries(phrase.values ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? sayPhrase(t, value) : value,
    ]),
  )
  return t(phrase.key, values)
}
