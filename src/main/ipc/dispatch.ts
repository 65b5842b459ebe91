import { type InvokeMethod, invokeContract } from '../../shared/ipc/contract'
import { InvalidArgumentError, validateArgs } from '../../shared/ipc/validateArgs'
import type { Handlers } from './handlers'

export type Dispatch = (channel: string, args: readonly unknown[]) => Promise<unknown>

const methodByChannel = new Map<string, InvokeMethod>(
  Object.entries(invokeContract).map(([method, { channel }]) => [channel, method as InvokeMethod]),
)

/**
 * Routes a call to its handler after validating every argument. Electron's ipcMain and the
 * end-to-end test host both call through here, so validation runs in both.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, args) => {
    const method = methodByChannel.get(channel)
    if (!method) throw new InvalidArgumentError(`Unknown channel "${channel}"`)
    const valid = validateArgs(method, args)
    const handler = handlers[method] as (...a: readonly unknown[]) => unknown
    return handler(...valid)
  }
}
