import type { Page } from '@playwright/test'
import type { E2eMode } from './paths'

/** The app under test, whichever way it runs; specs see only this. */
export type AppHandle = {
  mode: E2eMode
  page: Page
  /** The origin the renderer is served from. */
  appOrigin: string
  /** Clicks an application-menu item by its English labels, e.g. ['File', 'Import CSV…']. */
  clickMenu: (labels: readonly string[]) => Promise<void>
  /** What the window asked the OS theme to be: system, light or dark. */
  themeSource: () => Promise<string>
  /** The File menu's label, in the language main last built the menu in. */
  fileMenuLabel: () => Promise<string>
  /** Links handed to the OS browser (stubbed: nothing opens). */
  openedExternal: () => Promise<string[]>
  /** What the next save dialogs answer: a path the test chose, or null for Cancel. */
  answerSaveDialog: (path: string | null) => Promise<void>
  /** What the next open dialogs answer: a path the test chose, or null for Cancel. */
  answerOpenDialog: (path: string | null) => Promise<void>
  /** The file names the save dialog suggested, in order. */
  saveDialogNames: () => Promise<string[]>
  /** Files shown in the OS file manager (stubbed: nothing opens). */
  shownInFolder: () => Promise<string[]>
  close: () => Promise<void>
}
