import { Button, Group, Paper, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type BulkBarProps = { count: number; onClear: () => void; children: ReactNode }

/** Actions on the selected rows, shown while there is a selection. */
export function BulkBar({ count, onClear, children }: BulkBarProps) {
  const { t } = useTranslation()
  if (count === 0) return null
  return (
    <Paper
      withBorder
      p="xs"
      mb="sm"
      bg="var(--mantine-primary-color-light)"
      role="toolbar"
      aria-label={t('table.bulkActions')}
    >
      <Group gap="sm">
        <Text fw={600} size="sm">
          {t('table.selected', { count })}
        </Text>
        {children}
        <Button variant="subtle" size="xs" onClick={onClear}>
          {t('table.clearSelection')}
        </Button>
      </Group>
    </Paper>
  )
}
