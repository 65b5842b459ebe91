const address = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/

/**
 * An email address, lower-cased as contacts store it. "Ana López <ana@x.org>" and
 * "mailto:ana@x.org" give the address inside.
 */
export function parseEmail(text: string): string | null {
  const inside = /<([^<>]+)>\s*$/.exec(text)?.[1] ?? text
  const candidate = inside
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase()
  return address.test(candidate) ? candidate : null
}
