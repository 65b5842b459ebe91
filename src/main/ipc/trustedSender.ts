import { isAppUrl } from '../navigationPolicy'

/** A call is answered only when it comes from the app's own top-level page. */
export function assertTrustedSender(frameUrl: string | undefined, appOrigins: readonly string[]) {
  if (!frameUrl || !isAppUrl(frameUrl, appOrigins)) {
    throw new Error(`Refused a call from an untrusted sender: ${frameUrl ?? 'unknown frame'}`)
  }
}
