import { initReactI18next } from 'react-i18next'
import { createI18n } from '../../../shared/i18n/createI18n'
import { type Locale, directionOf, isLocale, matchLocale } from '../../../shared/i18n/locales'

const STORAGE_KEY = 'impact-desk.locale'

export function savedLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY)
  return isLocale(saved) ? saved : matchLocale(navigator.languages)
}

export function saveLocale(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale)
}

/** The document's language and direction, which Mantine and the browser lay out by. */
export function applyDocumentLocale(locale: Locale) {
  document.documentElement.lang = locale
  document.documentElement.dir = directionOf(locale)
}

export const initialLocale = savedLocale()
applyDocumentLocale(initialLocale)

export const i18n = createI18n(initialLocale, [initReactI18next])
