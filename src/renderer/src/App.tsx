import { DirectionProvider, MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { I18nextProvider } from 'react-i18next'
import { RouterProvider } from 'react-router'
import { directionOf } from '../../shared/i18n/locales'
import { i18n, initialLocale } from './i18n/i18n'
import { router } from './router'
import { colorSchemeManager, theme } from './theme'

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(initialLocale)} detectDirection={false}>
        <MantineProvider
          theme={theme}
          colorSchemeManager={colorSchemeManager}
          defaultColorScheme="auto"
        >
          <Notifications position="bottom-right" />
          <RouterProvider router={router} />
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  )
}
