import { ipcMain } from 'electron'
import { invokeContract } from '../../shared/ipc/contract'
import type { Dispatch } from './dispatch'
import { assertTrustedSender } from './trustedSender'

/** Answers every contract channel, after checking the caller is the app's own page. */
export function registerIpc(dispatch: Dispatch, appOrigins: readonly string[]) {
  for (const { channel } of Object.values(invokeContract)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      // Only the top-level page of the app, never a frame inside it.
      const frame = event.senderFrame
      assertTrustedSender(frame && frame.parent === null ? frame.url : undefined, appOrigins)
      return dispatch(channel, args)
    })
  }
}
