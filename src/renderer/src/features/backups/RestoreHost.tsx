import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLocale } from '../../i18n/useLocale'
import { backupCountsText } from './backupCounts'
import { restoreConfirmed } from './backupActions'
import { backupEvents } from './backupEvents'

/**
 * The window's restore confirmation: restoring replaces the whole workspace, so it is asked
 * once more, with what the backup holds and Cancel as the default.
 */
export function RestoreHost({ onRestored }: { onRestored?: () => void }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const navigate = useNavigate()
  const { asked } = useSyncExternalStore(backupEvents.subscribe, backupEvents.get)
  const [restoring, setRestoring] = useState(false)
  const when = asked ? format.dateTime(asked.createdAt) : ''

  async function restore() {
    if (!asked) return
    setRestoring(true)
    const done = await restoreConfirmed(asked, when)
    setRestoring(false)
    backupEvents.dismiss()
    if (done) {
      if (onRestored) onRestored()
      else void navigate('/')
    }
  }

  return (
    <Modal
      opened={asked !== null}
      onClose={() => !restoring && backupEvents.dismiss()}
      title={t('backups.confirm.title')}
      centered
    >
      {asked && (
        <Stack>
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <IconAlertTriangle
              size={22}
              color="var(--mantine-color-orange-filled)"
              style={{ flexShrink: 0 }}
              aria-hidden
            />
            <Stack gap={4}>
              <Text size="sm">
                {t('backups.confirm.body', { date: when, total: format.number(asked.total) })}
              </Text>
              <Text size="xs" c="dimmed">
                {backupCountsText(asked.counts, t, format)}
              </Text>
            </Stack>
          </Group>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={backupEvents.dismiss}
              disabled={restoring}
              data-autofocus
            >
              {t('common.cancel')}
            </Button>
            <Button color="orange" onClick={() => void restore()} loading={restoring}>
              {t('backups.confirm.restore')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
