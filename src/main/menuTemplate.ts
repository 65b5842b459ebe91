import type { MenuItemConstructorOptions } from 'electron'
import type { TFunction } from 'i18next'
import type { MenuCommand } from '../shared/ipc/contract'

type MenuOptions = {
  t: TFunction
  send: (command: MenuCommand) => void
  platform: string
  isDevelopment: boolean
}

/** The application menu; File and Help items are carried out by the renderer. */
export function menuTemplate({
  t,
  send,
  platform,
  isDevelopment,
}: MenuOptions): MenuItemConstructorOptions[] {
  // macOS puts the app's own menu first; built here so its About is ours and it is translated.
  const macAppMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [
          {
            label: t('app.name'),
            submenu: [
              { label: t('menu.about'), click: () => send('about') },
              { type: 'separator' },
              { label: t('menu.services'), role: 'services' },
              { type: 'separator' },
              { label: t('menu.hide'), role: 'hide' },
              { label: t('menu.hideOthers'), role: 'hideOthers' },
              { label: t('menu.showAll'), role: 'unhide' },
              { type: 'separator' },
              { label: t('menu.quit'), role: 'quit' },
            ],
          },
        ]
      : []
  const macWindowMenu: MenuItemConstructorOptions[] =
    platform === 'darwin' ? [{ label: t('menu.window'), role: 'windowMenu' }] : []
  return [
    ...macAppMenu,
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.importCsv'), accelerator: 'CmdOrCtrl+I', click: () => send('import-csv') },
        { label: t('menu.exportCsv'), accelerator: 'CmdOrCtrl+E', click: () => send('export-csv') },
        { type: 'separator' },
        { label: t('menu.backUpTo'), click: () => send('backup-to') },
        { label: t('menu.restoreFrom'), click: () => send('restore-from') },
        { label: t('menu.backups'), click: () => send('backups') },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.toggleTheme'),
          accelerator: 'CmdOrCtrl+Shift+L',
          click: () => send('toggle-theme'),
        },
        { type: 'separator' },
        { label: t('menu.reload'), role: 'reload' },
        ...(isDevelopment
          ? [{ label: t('menu.toggleDevTools'), role: 'toggleDevTools' } as const]
          : []),
        { type: 'separator' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: t('menu.fullscreen'), role: 'togglefullscreen' },
      ],
    },
    ...macWindowMenu,
    {
      label: t('menu.help'),
      submenu: [{ label: t('menu.about'), click: () => send('about') }],
    },
  ]
}
