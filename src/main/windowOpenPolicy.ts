import { isExternalWebUrl } from './navigationPolicy'

/**
 * What a `window.open` or a link with a target gets: never a new window. A web link goes to the
 * system browser instead; anything else (file:, javascript:, the app itself, other schemes that
 * the operating system would hand to some program) goes nowhere.
 */
export function windowOpenAction(url: string, openExternal: (url: string) => void) {
  if (isExternalWebUrl(url)) openExternal(url)
  return { action: 'deny' } as const
}
