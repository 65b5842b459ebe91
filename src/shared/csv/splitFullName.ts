/** Words that begin a family name: "Ana de la Cruz", "Ludwig van Beethoven". */
const particles = new Set([
  'de',
  'del',
  'della',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'di',
  'bin',
  'ibn',
  'al',
  'el',
  'st',
  'st.',
  'mac',
])

/**
 * How a full name is written: given names then one family name ("Ana de la Cruz"), given names
 * then two family names, as in Spanish ("Ana María López García"), or the family name first
 * ("Nguyễn Văn An").
 */
export const nameOrders = ['givenFamily', 'givenTwoFamilies', 'familyGiven'] as const
export type NameOrder = (typeof nameOrders)[number]

/** The order people of a language write names in, for the split a user is offered first. */
export function nameOrderFor(language: string): NameOrder {
  return language.startsWith('es') ? 'givenTwoFamilies' : 'givenFamily'
}

/** Where the family name starts, counting back `names` family names and their particles. */
function familyStart(words: readonly string[], names: number): number {
  let start = words.length
  for (let taken = 0; taken < names && start > 1; taken++) {
    start--
    while (start > 1 && particles.has((words[start - 1] as string).toLowerCase())) start--
  }
  return start
}

/**
 * A full name in one cell as first and last name: "López, Ana" by its comma, otherwise by the
 * order names are written in (see NameOrder), particles kept with the family name ("Ana de la
 * Cruz" -> "Ana", "de la Cruz"). A single word is a first name. Never perfect: the Columns step
 * shows the split and lets the user choose the order.
 */
export function splitFullName(
  text: string,
  order: NameOrder = 'givenFamily',
): { firstName: string; lastName: string } {
  const name = text.trim().replace(/\s+/g, ' ')
  const comma = name.indexOf(',')
  if (comma >= 0)
    return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() }
  const words = name.split(' ').filter(Boolean)
  if (words.length <= 1) return { firstName: name, lastName: '' }
  if (order === 'familyGiven')
    return { firstName: words.slice(1).join(' '), lastName: words[0] as string }
  const start = familyStart(words, order === 'givenTwoFamilies' && words.length > 2 ? 2 : 1)
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') }
}
