import { Button, Loader, Stack, Text } from '@mantine/core'
import { IconDatabaseExport, IconDeviceFloppy, IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../shell/EmptyState'
import { PageHeader } from '../../shell/PageHeader'
import { notifyFileFailed } from '../../files/fileNotifications'
import { i18n } from '../../i18n/i18n'
import { notifications } from '@mantine/notifications'
import { BackupList } from './BackupList'
import { StorageStatus } from './StorageStatus'
import { backUpNow, backUpToFile, restoreFromFile } from './backupActions'
import { backupEvents } from './backupEvents'
import { useBackups } from './useBackups'

async function saveCopy(id: string) {
  const saved = await window.api.saveBackupCopy(id)
  if (!saved) return
  if (!saved.ok) return notifyFileFailed(saved)
  notifications.show({
    color: 'teal',
    message: i18n.t('files.saved', { fileName: saved.fileName }),
  })
}

/** The backups in the data folder: make one, save one elsewhere, restore one. */
export function BackupsPage() {
  const { t } = useTranslation()
  const backups = useBackups()
  const [working, setWorking] = useState(false)

  async function run(action: () => Promise<unknown>) {
    setWorking(true)
    try {
      await action()
    } finally {
      setWorking(false)
    }
  }

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileImport size={18} />}
              onClick={() => void run(restoreFromFile)}
              disabled={working}
            >
              {t('backups.restoreFromFile')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={18} />}
              onClick={() => void run(backUpToFile)}
              disabled={working}
            >
              {t('backups.backUpTo')}
            </Button>
            <Button
              leftSection={<IconDatabaseExport size={18} />}
              onClick={() => void run(backUpNow)}
              loading={working}
            >
              {t('backups.backUpNow')}
            </Button>
          </>
        }
      />
      <Stack>
        <Text c="dimmed" maw={760}>
          {t('backups.intro')}
        </Text>
        <StorageStatus />
        {!backups ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : backups.length === 0 ? (
          <EmptyState title={t('backups.emptyTitle')} body={t('backups.emptyBody')} />
        ) : (
          <BackupList
            backups={backups}
            onRestore={backupEvents.askRestore}
            onSaveCopy={(backup) => void saveCopy(backup.id)}
          />
        )}
      </Stack>
    </>
  )
}
