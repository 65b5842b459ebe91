export const supportedLocales = ['en', 'es', 'fr', 'ht', 'ar'] as const
export type Locale = (typeof supportedLocales)[number]

export const sourceLocale: Locale = 'en'

/** Each language named in itself, as people look for their own language in a list. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ht: 'Kreyòl ayisyen',
  ar: 'العربية',
}

const rightToLeft: ReadonlySet<Locale> = new Set(['ar'])

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr'
}

/**
 * The locale used for Intl formatting. Chromium and Node ship no data for Haitian Creole, so its
 * dates and numbers follow French as written in Haiti.
 */
export function formatLocaleOf(locale: Locale): string {
  return locale === 'ht' ? 'fr-HT' : locale
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value)
}

/** The first supported language among the user's preferences, English otherwise. */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    if (isLocale(language)) return language
  }
  return sourceLocale
}
