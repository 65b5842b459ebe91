import { Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type ImportRun, importTables } from '../../../../shared/domain/importRun'
import { db } from '../../db/db'
import { rollbackImportRun } from '../../import/rollbackImportRun'
import { useLocale } from '../../i18n/useLocale'
import { importRunRecords } from './importRunRecords'

type UndoImportModalProps = { run: ImportRun; opened: boolean; onClose: () => void }

type UndoProgress = { done: number; total: number }

/**
 * Undo asks first, saying what will go and what comes back, then works through the run with a
 * progress bar; it cannot be closed half way, since a rollback cut short is finished at the next
 * start anyway and closing would only hide it.
 */
export function UndoImportModal({ run, opened, onClose }: UndoImportModalProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [progress, setProgress] = useState<UndoProgress | null>(null)
  const sum = (key: 'created' | 'updated') =>
    importTables.reduce((total, table) => total + run.counts.byTable[table][key], 0)
  const created = sum('created')
  const updated = sum('updated')

  const undo = async () => {
    setProgress({ done: 0, total: 0 })
    try {
      const total = await importRunRecords.undoSteps(run.id)
      setProgress({ done: 0, total })
      await rollbackImportRun(db, run.id, 'undone', {
        onStep: (done) => setProgress({ done, total }),
      })
      notifications.show({
        color: 'teal',
        message: t('imports.undo.done', { name: run.fileName }),
      })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('imports.undo.failed', { message: (error as Error).message }),
      })
    } finally {
      setProgress(null)
      onClose()
    }
  }

  const running = progress !== null
  const percent = progress?.total ? Math.min(100, (progress.done / progress.total) * 100) : 0

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('imports.undo.title')}
      centered
      closeOnClickOutside={!running}
      closeOnEscape={!running}
      withCloseButton={!running}
    >
      {running ? (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm">{t('imports.undo.working', { name: run.fileName })}</Text>
          <Progress value={percent} animated aria-label={t('imports.undo.progressLabel')} />
          <Text size="xs" c="dimmed">
            {t('imports.undo.progress', {
              done: format.number(progress.done),
              total: format.number(progress.total),
            })}
          </Text>
        </Stack>
      ) : (
        <Stack>
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <IconAlertTriangle
              size={22}
              color="var(--mantine-color-orange-filled)"
              style={{ flexShrink: 0 }}
              aria-hidden
            />
            <Stack gap="xs">
              <Text size="sm">{t('imports.undo.intro', { name: run.fileName })}</Text>
              <List size="sm" spacing={4}>
                <List.Item>
                  {created
                    ? t('imports.undo.willDelete', { count: created })
                    : t('imports.undo.nothingCreated')}
                </List.Item>
                <List.Item>
                  {updated
                    ? t('imports.undo.willRestore', { count: updated })
                    : t('imports.undo.nothingUpdated')}
                </List.Item>
                <List.Item>{t('imports.undo.untouched')}</List.Item>
              </List>
            </Stack>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void undo()}>
              {t('imports.undo.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
