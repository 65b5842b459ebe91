import { httpUrl } from '../shared/ipc/contract'

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

/** Only web links to a named host may be handed to the browser: the same rule as the IPC. */
export function isExternalWebUrl(url: string): boolean {
  return httpUrl.safeParse(url).success
}
