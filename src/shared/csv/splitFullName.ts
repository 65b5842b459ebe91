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
 * A full name in one cell as first and last name: "López, Ana" by its comma, otherwise the last
 * word is the family name, with the particles before it ("Ana de la Cruz" -> "Ana", "de la
 * Cruz"). A single word is a first name. Never perfect: the import preview shows the split.
 */
export function splitFullName(text: string): { firstName: string; lastName: string } {
  const name = text.trim().replace(/\s+/g, ' ')
  const comma = name.indexOf(',')
  if (comma >= 0)
    return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() }
  const words = name.split(' ').filter(Boolean)
  if (words.length <= 1) return { firstName: name, lastName: '' }
  let start = words.length - 1
  while (start > 1 && particles.has((words[start - 1] as string).toLowerCase())) start--
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') }
}
