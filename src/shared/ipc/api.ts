import {
  type ArgsOf,
  type EventMethod,
  type InvokeMethod,
  type PayloadOf,
  type ResultOf,
  eventContract,
  invokeContract,
} from './contract'

/** What the renderer sees as `window.api`: one function per channel, nothing else. */
export type Api = {
  [M in InvokeMethod]: (...args: ArgsOf<M>) => Promise<ResultOf<M>>
} & {
  [E in EventMethod]: (listener: (payload: PayloadOf<E>) => void) => () => void
}

export type Invoke = (channel: string, args: unknown[]) => Promise<unknown>
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

/** The translation table from method names to channels; the preload is nothing more. */
export function buildApi(invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, unknown> = {}
  for (const [method, { channel }] of Object.entries(invokeContract)) {
    api[method] = (...args: unknown[]) => invoke(channel, args)
  }
  for (const [method, { channel }] of Object.entries(eventContract)) {
    api[method] = (listener: (payload: unknown) => void) => subscribe(channel, listener)
  }
  return api as Api
}

export const apiMethods: readonly string[] = [
  ...Object.keys(invokeContract),
  ...Object.keys(eventContract),
]
