import type { ImportField } from './importField'

/** Groups Google Contacts gives every contact: they say nothing about the person. */
const SYSTEM_GROUPS = new Set(['* mycontacts', '* starred'])

/** Fields whose values never hold a comma, so a comma separates them too. */
function splitsOnComma(field: ImportField): boolean {
  return (
    field.type === 'email' ||
    field.type === 'phone' ||
    field.type === 'url' ||
    /(^|\.)(tags|languages|subtitleLanguages|interpretationLanguages)$/.test(field.key)
  )
}

/** Splits on `separator` outside double quotes: Mailchimp's `"Screening RSVP","Staten Island"`. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    if (!quoted && char === separator) {
      parts.push(current)
      current = ''
    } else current += char
  }
  parts.push(current)
  return parts
}

/** A value wrapped whole in quotes, as Mailchimp writes each tag: the quotes are not its own. */
const unwrap = (value: string) => value.replace(/^"(.*)"$/s, '$1')

/**
 * The values of a multi-value cell as tools write them: our own "; " (so an export reads back
 * exactly) or Google's " ::: ", then, within each, for lists of words (tags, languages, emails),
 * pipes or else commas outside quotes (Mailchimp's `"Screening RSVP","Staten Island"`, each
 * quoted tag unwrapped). Google's system groups (`* myContacts`, `* starred`) are
 * left out and its other "* " marks removed, and each value is kept once.
 */
export function splitCell(cell: string, field: ImportField): string[] {
  const { wordList, isTags } = kindOf(field)
  const groups = cell.split(cell.includes(';') ? ';' : ':::')
  const parts = wordList
    ? groups.flatMap((group) =>
        group.includes('|')
          ? group.split('|')
          : group.includes('"')
            ? splitOutsideQuotes(group, ',')
            : group.split(','),
      )
    : groups
  const values: string[] = []
  for (const part of parts) {
    let value = part.trim()
    if (wordList && value.startsWith('"')) value = unwrap(value).trim()
    if (isTags && value.startsWith('*')) {
      if (SYSTEM_GROUPS.has(value.toLowerCase())) continue
      value = value.replace(/^\*\s+/, '')
    }
    // Cells hold a few values: a look through them is quicker than a set.
    if (value !== '' && !values.includes(value)) values.push(value)
  }
  return values
}

/** How a field's cells split, worked out once per field (a cell is split on every row). */
const kinds = new WeakMap<ImportField, { wordList: boolean; isTags: boolean }>()
function kindOf(field: ImportField) {
  let kind = kinds.get(field)
  if (!kind) {
    kind = { wordList: splitsOnComma(field), isTags: /(^|\.)tags$/.test(field.key) }
    kinds.set(field, kind)
  }
  return kind
}
