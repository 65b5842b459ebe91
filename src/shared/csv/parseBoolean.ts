import { foldForSearch } from '../text/foldForSearch'

/** Yes and no as sheets write them, in English, Spanish and French (and ticks). */
const truthy = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'si',
  'verdadero',
  'oui',
  'vrai',
  'o',
  'v',
  '✓',
  '✔',
  'on',
  'checked',
])
const falsy = new Set([
  'no',
  'n',
  'false',
  '0',
  'falso',
  'non',
  'faux',
  'f',
  'off',
  'unchecked',
  '-',
])

/** true, false, or null when the text is neither (an empty cell is handled by the caller). */
export function parseBoolean(text: string): boolean | null {
  const word = foldForSearch(text)
  if (truthy.has(word)) return true
  if (falsy.has(word)) return false
  return null
}
