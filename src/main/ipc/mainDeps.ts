import type { AppInfo } from '../../shared/ipc/contract'
import type { Locale } from '../../shared/i18n/locales'

/**
 * What the handlers need from the operating system, passed in so that the same handlers run in
 * Electron and in the end-to-end test host (where these are recording fakes).
 */
export type MainDeps = {
  appInfo: AppInfo
  /**
   * The app's data folder (Electron's userData), where backups and the workspace marker live,
   * outside IndexedDB. Hosts without one (unit tests of other handlers) refuse backup calls.
   */
  dataDir?: string
  openExternal: (url: string) => Promise<void>
  setThemeSource: (source: 'system' | 'light' | 'dark') => void
  setLocale: (locale: Locale) => void
  /** The native save dialog, opened on the app window: the chosen path, or null if cancelled. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<string | null>
  /** The native open dialog for one file, on the app window: its path, or null if cancelled. */
  showOpenDialog: (options: OpenDialogOptions) => Promise<string | null>
  /** Opens the file manager with the file selected. */
  showItemInFolder: (path: string) => void
  /** The app window printed to PDF with its print stylesheet. */
  printToPdf: () => Promise<Uint8Array>
}

export type DialogFilter = { name: string; extensions: string[] }

export type SaveDialogOptions = {
  defaultName: string
  filters: DialogFilter[]
}

export type OpenDialogOptions = {
  filters: DialogFilter[]
}
