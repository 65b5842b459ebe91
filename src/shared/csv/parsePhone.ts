/**
 * A phone number as people write it, kept as written (trimmed): digits with spaces, dots,
 * dashes and parentheses, an optional leading +, at least five digits, and an optional
 * extension ("x12", "ext. 12"). The same rule as the contact schema's.
 */
export function parsePhone(text: string): string | null {
  const phone = text.trim()
  const number = phone.replace(/\s*(x|ext\.?|extension)\s*\d+$/i, '')
  if (!/^\+?[\d\s().-]{5,}$/.test(number)) return null
  return (number.match(/\d/g) ?? []).length >= 5 ? phone : null
}
