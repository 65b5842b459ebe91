import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type ConfirmPurgeModalProps = {
  /** What is about to go, by name; null while nothing is asked. */
  names: string[] | null
  onCancel: () => void
  onConfirm: () => void
}

/** "Delete forever" cannot be undone, so it is asked once more, with Cancel as the default. */
export function ConfirmPurgeModal({ names, onCancel, onConfirm }: ConfirmPurgeModalProps) {
  const { t } = useTranslation()
  const count = names?.length ?? 0

  return (
    <Modal opened={names !== null} onClose={onCancel} title={t('trash.confirmTitle')} centered>
      <Stack>
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <IconAlertTriangle
            size={22}
            color="var(--mantine-color-red-filled)"
            style={{ flexShrink: 0 }}
            aria-hidden
          />
          <Text size="sm">
            {count === 1
              ? t('trash.confirmOne', { name: names![0] })
              : t('trash.confirmMany', { count })}
          </Text>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm}>
            {t('trash.deleteForever')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
