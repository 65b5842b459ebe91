import { Button, Kbd, Text } from '@mantine/core'
import { spotlight } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { paletteShortcutLabel } from './shortcuts'

/** Opens the command palette; shows its shortcut so people learn it. */
export function SearchButton() {
  const { t } = useTranslation()
  return (
    <Button
      variant="default"
      leftSection={<IconSearch size={16} />}
      rightSection={<Kbd size="xs">{paletteShortcutLabel()}</Kbd>}
      onClick={() => spotlight.open()}
      visibleFrom="sm"
      aria-label={t('shell.search')}
    >
      <Text size="sm" c="dimmed">
        {t('shell.search')}
      </Text>
    </Button>
  )
}
