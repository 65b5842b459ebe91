import i18next, { type i18n, type Module } from 'i18next'
import { resources } from './resources'
import { type Locale, sourceLocale } from './locales'

/** One i18next instance over the shared catalogs, for main (menus) and the renderer (screens). */
export function createI18n(locale: Locale, plugins: Module[] = []): i18n {
  const instance = i18next.createInstance()
  for (const plugin of plugins) instance.use(plugin)
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: sourceLocale,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
