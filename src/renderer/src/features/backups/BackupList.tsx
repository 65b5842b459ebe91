import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../../shared/backup/backupFormat'
import { formatLocaleOf } from '../../../../shared/i18n/locales'
import { useLocale } from '../../i18n/useLocale'
import { formatFileSize } from '../imports/formatFileSize'
import { backupCountsText } from './backupCounts'

type BackupListProps = {
  backups: BackupInfo[]
  onRestore: (backup: BackupInfo) => void
  onSaveCopy?: (backup: BackupInfo) => void
}

const reasonKey = {
  manual: 'backups.reason.manual',
  import: 'backups.reason.import',
  daily: 'backups.reason.daily',
  upgrade: 'backups.reason.upgrade',
  'before-restore': 'backups.reason.beforeRestore',
  file: 'backups.reason.file',
} as const

/** The backups, newest first: when, why, what they hold, how big; restore or copy each. */
export function BackupList({ backups, onRestore, onSaveCopy }: BackupListProps) {
  const { t } = useTranslation()
  const { format, locale } = useLocale()

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('backups.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.column.date')}</Table.Th>
            <Table.Th>{t('backups.column.kind')}</Table.Th>
            <Table.Th>{t('backups.column.records')}</Table.Th>
            <Table.Th>{t('backups.column.size')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('backups.column.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const when = format.dateTime(backup.createdAt)
            return (
              <Table.Tr key={backup.id} data-testid="backup-row">
                <Table.Td>{when}</Table.Td>
                <Table.Td>{t(reasonKey[backup.reason])}</Table.Td>
                <Table.Td>
                  <Text size="sm">{format.number(backup.total)}</Text>
                  <Text size="xs" c="dimmed">
                    {backupCountsText(backup.counts, t, format)}
                  </Text>
                </Table.Td>
                <Table.Td>{formatFileSize(backup.size, formatLocaleOf(locale))}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {onSaveCopy && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconDeviceFloppy size={16} />}
                        onClick={() => onSaveCopy(backup)}
                        aria-label={t('backups.saveCopyOf', { date: when })}
                      >
                        {t('backups.saveCopy')}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconRestore size={16} />}
                      onClick={() => onRestore(backup)}
                      aria-label={t('backups.restoreOf', { date: when })}
                    >
                      {t('backups.restore')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
