import type { ArgsOf, InvokeMethod, ResultOf } from '../../shared/ipc/contract'
import { createFileHandlers } from '../files/fileHandlers'
import type { MainDeps } from './mainDeps'

export type Handlers = {
  [M in InvokeMethod]: (...args: ArgsOf<M>) => Promise<ResultOf<M>> | ResultOf<M>
}

/** The main-process side of every channel. Arguments arrive here already validated. */
export function createHandlers(deps: MainDeps): Handlers {
  return {
    getAppInfo: () => deps.appInfo,
    setLocale: (locale) => deps.setLocale(locale),
    setThemeSource: (source) => deps.setThemeSource(source),
    openExternal: (url) => deps.openExternal(url),
    ...createFileHandlers(deps),
  }
}
