import type { ArgsOf, InvokeMethod, ResultOf } from '../../shared/ipc/contract'
import type { Locale } from '../../shared/i18n/locales'
import { createBackupHandlers } from '../backups/backupHandlers'
import { createFileHandlers } from '../files/fileHandlers'
import { createFileWrites } from '../files/fileWrites'
import { createImportFileHandlers } from '../files/importFileHandlers'
import type { MainDeps } from './mainDeps'

export type Handlers = {
  [M in InvokeMethod]: (...args: ArgsOf<M>) => Promise<ResultOf<M>> | ResultOf<M>
}

/** The main-process side of every channel. Arguments arrive here already validated. */
export function createHandlers(deps: MainDeps): Handlers {
  // The window tells main its language as it starts; dialogs main labels follow it.
  let locale: Locale = 'en'
  // One registry of writes in progress: exports and backups stream through the same channels.
  const writes = createFileWrites()
  return {
    getAppInfo: () => deps.appInfo,
    setLocale: (next) => {
      locale = next
      deps.setLocale(next)
    },
    setThemeSource: (source) => deps.setThemeSource(source),
    openExternal: (url) => deps.openExternal(url),
    ...createFileHandlers(deps, undefined, writes),
    ...createImportFileHandlers(deps, () => locale),
    ...createBackupHandlers(deps, writes, () => locale),
  }
}
