import { Alert, Button, Card, Container, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconFileImport, IconRestore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate } from 'react-router'
import type { BackupInfo } from '../../../../shared/backup/backupFormat'
import { useLocale } from '../../i18n/useLocale'
import { BackupList } from './BackupList'
import { backupCountsText } from './backupCounts'
import { backupEvents } from './backupEvents'
import { restoreConfirmed, restoreFromFile } from './backupActions'
import { RestoreHost } from './RestoreHost'
import { acceptWorkspace, pendingRecovery } from './startWorkspace'
import { useBackups } from './useBackups'

/**
 * Shown instead of the workspace when the database opened empty, older or smaller than main's
 * marker says it was: the latest backup is offered first, so lost data is one click away
 * rather than silently replaced by an empty workspace.
 */
export function RecoveryPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const navigate = useNavigate()
  const backups = useBackups()
  const [busy, setBusy] = useState(false)
  const recovery = pendingRecovery()
  if (!recovery) return <Navigate to="/" replace />

  const { loss, marker, total } = recovery
  const [latest, ...older] = backups ?? []
  const markerDate = format.dateTime(marker.reportedAt)

  async function restore(backup: BackupInfo) {
    setBusy(true)
    const done = await restoreConfirmed(backup, format.dateTime(backup.createdAt))
    if (done) {
      await acceptWorkspace()
      void navigate('/', { replace: true })
    }
    setBusy(false)
  }

  async function keep() {
    await acceptWorkspace()
    void navigate('/', { replace: true })
  }

  return (
    <>
      <Container size="md" py="xl">
        <Stack gap="lg">
          <Group gap="sm" wrap="nowrap">
            <IconAlertTriangle size={32} color="var(--mantine-color-orange-filled)" aria-hidden />
            <Title order={2}>{t('recovery.title')}</Title>
          </Group>
          <Alert color="orange" variant="light">
            {t(`recovery.loss.${loss}`, {
              date: markerDate,
              total: format.number(marker.total),
              found: format.number(total),
            })}
          </Alert>
          {!backups ? (
            <Loader size="sm" aria-label={t('common.loading')} />
          ) : latest ? (
            <Card withBorder padding="lg" data-testid="latest-backup">
              <Stack gap="xs">
                <Text fw={600}>{t('recovery.latest')}</Text>
                <Text size="lg">{format.dateTime(latest.createdAt)}</Text>
                <Text size="sm">
                  {t('recovery.records', { total: format.number(latest.total) })}
                </Text>
                <Text size="xs" c="dimmed">
                  {backupCountsText(latest.counts, t, format)}
                </Text>
                <Group mt="sm">
                  <Button
                    leftSection={<IconRestore size={18} />}
                    loading={busy}
                    onClick={() => void restore(latest)}
                  >
                    {t('recovery.restoreLatest')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ) : (
            <Text>{t('recovery.noBackup')}</Text>
          )}
          {older.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('recovery.others')}
              </Title>
              <BackupList backups={older} onRestore={backupEvents.askRestore} />
            </Stack>
          )}
          <Group>
            <Button
              variant="default"
              leftSection={<IconFileImport size={18} />}
              onClick={() => void restoreFromFile()}
              disabled={busy}
            >
              {t('backups.restoreFromFile')}
            </Button>
          </Group>
          <Stack gap={4}>
            <Group>
              <Button variant="subtle" color="red" onClick={() => void keep()} disabled={busy}>
                {t('recovery.keep')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('recovery.keepHint')}
            </Text>
          </Stack>
        </Stack>
      </Container>
      <RestoreHost onRestored={() => void keep()} />
    </>
  )
}
