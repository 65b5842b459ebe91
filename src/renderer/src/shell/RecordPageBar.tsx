import { Anchor, Button, Group } from '@mantine/core'
import { IconArrowLeft, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

type RecordPageBarProps = { backTo: string; backLabel: string; onDelete: () => void }

/** The top of a record's page: the way back to its list, and Delete. */
export function RecordPageBar({ backTo, backLabel, onDelete }: RecordPageBarProps) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between">
      <Anchor component={Link} to={backTo} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {backLabel}
        </Group>
      </Anchor>
      <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
        {t('common.delete')}
      </Button>
    </Group>
  )
}
