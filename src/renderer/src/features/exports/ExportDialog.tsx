import { Button, Group, Modal, Progress, Radio, Select, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  defaultExportOptions,
  essentialColumns,
  exportEntities,
  exportFieldsFor,
  type ExportEntity,
  type ExportOptions,
} from '../../../../shared/export'
import type { ImportField } from '../../../../shared/csv'
import type { ExportProgress } from '../../export/exportChunks'
import { runExportJob } from '../../export/exportJob'
import { notifyFileFailed, notifyFileSaved } from '../../files/fileNotifications'
import { useLocale } from '../../i18n/useLocale'
import { exportAllIds, exportAllOrder } from './exportAllIds'
import { exportFileName } from './exportFileName'
import { ExportColumns } from './ExportColumns'
import { ExportOptionsFields } from './ExportOptionsFields'
import type { ExportSource } from './exportRequests'

type Props = { source?: ExportSource; onClose: () => void }

/**
 * What to export (the table's view or its selection; from the menu elsewhere, a kind of
 * record), its columns and how the file is written; then the write, with progress and Cancel.
 */
export function ExportDialog({ source, onClose }: Props) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [entity, setEntity] = useState<ExportEntity>(source?.entity ?? 'contacts')
  const [fields, setFields] = useState<readonly ImportField[]>(() => exportFieldsFor(entity))
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(fields.map((f) => f.key)))
  const [settings, setSettings] = useState(defaultExportOptions)
  const selectedCount = source?.selected?.size ?? 0
  const [what, setWhat] = useState<'view' | 'selection'>(selectedCount ? 'selection' : 'view')
  // Read once on opening: the rows counted here are the rows exported.
  const [viewIds, setViewIds] = useState<string[]>()
  const [progress, setProgress] = useState<ExportProgress>()
  const [writing, setWriting] = useState(false)
  const [preparing, setPreparing] = useState(false)
  const abort = useRef<AbortController>(undefined)

  useEffect(() => {
    let live = true
    void (source?.viewIds() ?? exportAllIds(entity)).then((ids) => live && setViewIds(ids))
    return () => {
      live = false
    }
  }, [source, entity])

  const chooseEntity = (next: ExportEntity) => {
    const all = exportFieldsFor(next)
    setEntity(next)
    setFields(all)
    setChosen(new Set(all.map((field) => field.key)))
    setViewIds(undefined)
  }

  async function start() {
    setPreparing(true)
    try {
      await write()
    } finally {
      setPreparing(false)
    }
  }

  async function write() {
    const all = viewIds ?? (await (source?.viewIds() ?? exportAllIds(entity)))
    const selected = source?.selected
    const ids = selected && what === 'selection' ? all.filter((id) => selected.has(id)) : all
    const essential = essentialColumns(entity)
    const options: ExportOptions = {
      ...settings,
      columns: fields
        .filter((field) => essential.includes(field.key) || chosen.has(field.key))
        .map((field) => field.key),
    }
    const target = await window.api.chooseSaveTarget('csv', exportFileName(entity))
    if (!target) return
    const controller = new AbortController()
    abort.current = controller
    setWriting(true)
    setProgress({ done: 0, total: ids.length, written: 0 })
    const result = await runExportJob(
      { entity, ids, options, order: source?.order ?? exportAllOrder(entity) },
      target,
      setProgress,
      controller.signal,
    )
    setWriting(false)
    if (result.ok === true) {
      notifyFileSaved(target)
      onClose()
    } else if (result.ok === 'cancelled')
      notifications.show({ color: 'gray', message: t('exports.cancelled') })
    else notifyFileFailed(result)
  }

  const percent = progress && progress.total ? (progress.done / progress.total) * 100 : 0
  return (
    <Modal
      opened
      onClose={() => (writing ? abort.current?.abort() : onClose())}
      title={t('exports.title')}
      size="lg"
    >
      {writing ? (
        <Stack data-testid="export-progress">
          <Text size="sm">
            {t('exports.writing', {
              done: format.number(progress?.done ?? 0),
              total: format.number(progress?.total ?? 0),
            })}
          </Text>
          <Progress value={percent} animated aria-label={t('exports.title')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          {source?.selected ? (
            <Radio.Group
              label={t('exports.what')}
              value={what}
              onChange={(value) => setWhat(value as 'view' | 'selection')}
            >
              <Stack gap="xs" mt={4}>
                <Radio
                  value="view"
                  label={t('exports.view')}
                  description={
                    viewIds === undefined
                      ? t('common.loading')
                      : t('exports.rowsCount', { formatted: format.number(viewIds.length) })
                  }
                />
                <Radio
                  value="selection"
                  disabled={selectedCount === 0}
                  label={t('exports.selection')}
                  description={t('exports.rowsCount', { formatted: format.number(selectedCount) })}
                />
              </Stack>
            </Radio.Group>
          ) : (
            <Select
              label={t('exports.entity')}
              allowDeselect={false}
              // A screen without a selection (campaigns) exports its own records: shown, fixed.
              disabled={Boolean(source)}
              value={entity}
              onChange={(next) => chooseEntity(next as ExportEntity)}
              description={
                viewIds === undefined
                  ? t('common.loading')
                  : t('exports.rowsCount', { formatted: format.number(viewIds.length) })
              }
              data={exportEntities.map((value) => ({
                value,
                label: t(`exports.entities.${value}`),
              }))}
            />
          )}
          <ExportColumns
            fields={fields}
            chosen={chosen}
            essential={essentialColumns(entity)}
            onChange={(next, nextChosen) => {
              setFields(next)
              setChosen(nextChosen)
            }}
          />
          <ExportOptionsFields entity={entity} value={settings} onChange={setSettings} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void start()} loading={preparing} data-testid="export-start">
              {t('exports.start')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
