import { ipcMain } from 'electron'
import { invokeContract } from '../../shared/ipc/contract'
import type { Dispatch } from './dispatch'
import { assertTrustedSender } from './trustedSender'

/** Answers every contract channel, after checking the caller is the app's own page. */
export function registerIpc(dispatch: Dispatch, appOrigins: readonly string[]) {
  for (const { channel } of Object.values(invokeContract)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event.senderFrame, appOrigins)
      return dispatch(channel, args)
    })
  }
}
