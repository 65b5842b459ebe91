import 'dayjs/locale/ar'
import 'dayjs/locale/es'
import 'dayjs/locale/fr'
import { DatesProvider } from '@mantine/dates'
import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import localizedFormat from 'dayjs/plugin/localizedFormat'
import type { ReactNode } from 'react'
import type { Locale } from '../../../shared/i18n/locales'
import { useLocale } from '../i18n/useLocale'

// Date inputs show and read dates in the locale's own long format ("LL").
dayjs.extend(localizedFormat)
dayjs.extend(customParseFormat)

// dayjs has no Haitian Creole: its date pickers read in French, as dates are written in Haiti.
const dayjsLocale: Record<Locale, string> = { en: 'en', es: 'es', fr: 'fr', ht: 'fr', ar: 'ar' }

/** Date pickers in the user's language. */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { locale } = useLocale()
  return <DatesProvider settings={{ locale: dayjsLocale[locale] }}>{children}</DatesProvider>
}
