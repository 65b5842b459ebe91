import { Menu } from 'electron'
import { createI18n } from '../shared/i18n/createI18n'
import type { Locale } from '../shared/i18n/locales'
import type { MenuCommand } from '../shared/ipc/contract'
import { menuTemplate } from './menuTemplate'

/** Builds the application menu in the user's language; called again when it changes. */
export function applyAppMenu(
  locale: Locale,
  send: (command: MenuCommand) => void,
  isDevelopment: boolean,
) {
  const { t } = createI18n(locale)
  const template = menuTemplate({ t, send, platform: process.platform, isDevelopment })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
