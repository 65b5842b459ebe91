import { isAppUrl } from '../navigationPolicy'

/**
 * The frame a call came from, as Electron's `event.senderFrame` (a WebFrameMain) describes it:
 * null once the frame has navigated away or been destroyed, `parent` null for a top-level page.
 */
type SenderFrame = { url: string; parent: unknown } | null | undefined

/**
 * A call is answered only when it comes from the app's own top-level page: not from a frame
 * inside it (even one of the app's origin), not from a frame main no longer knows.
 */
export function assertTrustedSender(frame: SenderFrame, appOrigins: readonly string[]) {
  if (!frame) throw new Error('Refused a call from an untrusted sender: unknown frame')
  if (frame.parent !== null) {
    throw new Error(
      `Refused a call from an untrusted sender: a frame inside the page (${frame.url})`,
    )
  }
  if (!isAppUrl(frame.url, appOrigins)) {
    throw new Error(`Refused a call from an untrusted sender: ${frame.url}`)
  }
}
