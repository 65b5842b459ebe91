import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { IconMoon, IconSun } from '@tabler/icons-react'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** Light or dark, as the user last chose; until then, the operating system's. */
export function useThemeToggle() {
  const { setColorScheme } = useMantineColorScheme()
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false })
  const toggle = useCallback(
    () => setColorScheme(computed === 'dark' ? 'light' : 'dark'),
    [computed, setColorScheme],
  )
  return { colorScheme: computed, toggle }
}

export function ThemeToggle() {
  const { t } = useTranslation()
  const { colorScheme, toggle } = useThemeToggle()
  return (
    <Tooltip label={t('shell.toggleTheme')}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={toggle}
        aria-label={t('shell.toggleTheme')}
        aria-pressed={colorScheme === 'dark'}
      >
        {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  )
}
