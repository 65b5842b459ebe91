import { type Locale, formatLocaleOf } from './locales'

const arabicDigits = /[\u0660-\u0669\u06f0-\u06f9]/g

function separatorsOf(locale: Locale) {
  const parts = new Intl.NumberFormat(formatLocaleOf(locale)).formatToParts(12345.6)
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.'
  const group = parts.find((p) => p.type === 'group')?.value ?? ','
  return { decimal, group: /\s/.test(group) ? ' ' : group }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A number as a person types it in their language: "1,234.5" in English, "1.234,5" in Spanish,
 * "1 234,5" in French. The other mark of comma and point is read as the decimal mark when it
 * cannot be grouping ("12,5" in English, "12.5" in French), so either key works on any
 * keyboard. Arabic-Indic digits, a leading minus and a trailing % are accepted; anything else
 * answers null rather than a guess.
 */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  const { decimal, group } = separatorsOf(locale)
  let s = text
    .trim()
    .replace(arabicDigits, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/\u066b/g, decimal)
    .replace(/\u066c/g, group)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\s*%$/, '')
  let sign = 1
  if (/^[-\u2212]/.test(s)) {
    sign = -1
    s = s.slice(1).trim()
  }
  const other = decimal === ',' ? '.' : ','
  const grouped = (part: string, mark: string) =>
    new RegExp(`^\\d{1,3}(${escape(mark)}\\d{3})+$`).test(part)
  const integer = (part: string) => {
    if (/^\d+$/.test(part)) return part
    if (grouped(part, group)) return part.split(group).join('')
    return null
  }

  let whole: string | null
  let fraction = ''
  if (s.includes(decimal)) {
    const at = s.lastIndexOf(decimal)
    whole = at === 0 ? '0' : integer(s.slice(0, at))
    fraction = s.slice(at + 1)
    if (!/^\d+$/.test(fraction)) return null
  } else if (s.includes(other)) {
    // "1,234" in English is grouping; "12,5" cannot be, so it is a decimal comma.
    if (other === group && grouped(s, group)) whole = integer(s)
    else if (s.split(other).length === 2) {
      const [head, tail] = s.split(other) as [string, string]
      whole = head === '' ? '0' : integer(head)
      fraction = tail
      if (!/^\d+$/.test(fraction)) return null
    } else return null
  } else whole = integer(s)
  if (whole === null) return null
  const value = sign * Number(fraction ? `${whole}.${fraction}` : whole)
  return Number.isFinite(value) ? value : null
}
