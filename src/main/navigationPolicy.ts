/**
 * The origin of a URL as scheme and host. WHATWG URL reports "null" as the origin of schemes it
 * does not know, such as the app's own, so it is rebuilt here from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url)
    return host === '' ? null : `${protocol}//${host}`
  } catch {
    return null
  }
}

/** Whether a URL belongs to the app itself, the only place the window may navigate to. */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && appOrigins.includes(origin)
}

/** Only plain web links may be handed to the operating system's browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
