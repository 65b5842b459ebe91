import { createTheme, localStorageColorSchemeManager } from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
})

/** The light/dark choice survives restarts; until the user picks, it follows the OS. */
export const colorSchemeManager = localStorageColorSchemeManager({
  key: 'impact-desk.color-scheme',
})
