export type DecimalMark = '.' | ','

/**
 * A number as a sheet writes it, with the decimal mark the user chose (the sniffer suggests the
 * comma for semicolon files): "1,234.5" or "1.234,5", "1 234,5", "1'234.5", a leading minus or
 * parentheses for negatives, and a currency sign or % around it. Grouping must come in threes;
 * anything else answers null rather than a guess.
 */
export function parseDecimal(text: string, decimalMark: DecimalMark): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f]+/g, ' ')
  let sign = 1
  if (/^\(.*\)$/.test(s)) {
    sign = -1
    s = s.slice(1, -1).trim()
  }
  s = s.replace(/^[$€£¥]\s?|\s?[$€£¥%]$/g, '').trim()
  if (/^[-\u2212]/.test(s)) {
    sign = -sign
    s = s.slice(1).trim()
  } else if (s.startsWith('+')) s = s.slice(1).trim()
  const group = decimalMark === '.' ? "[,' ]" : "[.' ]"
  const escapedMark = decimalMark === '.' ? '\\.' : ','
  const pattern = new RegExp(`^(\\d+|\\d{1,3}(${group}\\d{3})+)?(${escapedMark}\\d+)?$`)
  if (s === '' || !pattern.test(s) || s === decimalMark) return null
  const [whole = '', fraction = ''] = s.split(decimalMark)
  const value = sign * Number(`${whole.replace(/\D/g, '') || '0'}.${fraction || '0'}`)
  return Number.isFinite(value) ? value : null
}
