import { useDirection } from '@mantine/core'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { createFormatters } from '../../../shared/i18n/format'
import { type Locale, directionOf, isLocale, sourceLocale } from '../../../shared/i18n/locales'
import { applyDocumentLocale, saveLocale } from './i18n'

/** The user's language, its formatters, and a way to change it everywhere at once. */
export function useLocale() {
  const { i18n } = useTranslation()
  const { setDirection } = useDirection()
  const locale: Locale = isLocale(i18n.language) ? i18n.language : sourceLocale
  const format = useMemo(() => createFormatters(locale), [locale])

  const setLocale = useCallback(
    (next: Locale) => {
      void i18n.changeLanguage(next)
      saveLocale(next)
      applyDocumentLocale(next)
      setDirection(directionOf(next))
      void window.api.setLocale(next)
    },
    [i18n, setDirection],
  )

  return { locale, setLocale, format }
}
