/**
 * A web address, http or https; "example.org/path" gets "https://" in front, as people type
 * addresses without it. The host needs a dot (no "localhost" or bare words).
 */
export function parseUrl(text: string): string | null {
  const trimmed = text.trim()
  if (/\s/.test(trimmed) || trimmed === '') return null
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`
  try {
    const url = new URL(withScheme)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return null
    return url.href
  } catch {
    return null
  }
}
