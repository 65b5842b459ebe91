import { useMantineColorScheme } from '@mantine/core'
import { useEffect } from 'react'
import { useLocale } from '../i18n/useLocale'

/** Keeps the native parts of the window (menu language, title bar theme) in step with the app. */
export function useNativeSync() {
  const { colorScheme } = useMantineColorScheme()
  const { locale } = useLocale()

  useEffect(() => {
    void window.api.setThemeSource(colorScheme === 'auto' ? 'system' : colorScheme)
  }, [colorScheme])

  useEffect(() => {
    void window.api.setLocale(locale)
  }, [locale])
}
