import { Alert, Button, Group, Paper, Select, Stack, Text } from '@mantine/core'
import { Dropzone } from '@mantine/dropzone'
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { csvDelimiters, csvEncodings, type ImportEntity } from '../../../../../shared/csv'
import { fileReadFailureMessage } from '../../../files/fileNotifications'
import {
  SourceReadError,
  sourceFromFile,
  sourceFromImportFile,
  type ImportSource,
} from '../../../import/importSource'
import { PreviewTable } from './PreviewTable'
import { draftFor, readHead, wizardEntities, type WizardDraft } from './wizardDraft'

type FileStepProps = {
  draft: WizardDraft | undefined
  onDraft: (draft: WizardDraft | undefined) => void
}

/** Whether the browser's storage can take a file this big (a whole import, plus room to work). */
async function fitsStorage(size: number): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.()
  if (!estimate?.quota) return true
  return size * 3 < estimate.quota - (estimate.usage ?? 0)
}

/** Step 1: the file (dialog or drop), how it reads (each setting overridable), and a preview. */
export function FileStep({ draft, onDraft }: FileStepProps) {
  const { t } = useTranslation()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function open(source: ImportSource) {
    setError(undefined)
    setBusy(true)
    try {
      if (source.size === 0) return setError(t('imports.issues.empty'))
      if (!(await fitsStorage(source.size)))
        return setError(t('imports.file.tooBig', { name: source.name }))
      onDraft(draftFor(source, await readHead(source)))
    } catch (cause) {
      setError(
        cause instanceof SourceReadError ? fileReadFailureMessage(cause.failure) : String(cause),
      )
    } finally {
      setBusy(false)
    }
  }

  async function choose() {
    const file = await window.api.chooseImportFile()
    if (file) await open(sourceFromImportFile(file))
  }

  const reread = (settings: WizardDraft['settings']) =>
    draft && onDraft(draftFor(draft.source, draft.head, settings))

  return (
    <Stack>
      <Dropzone
        onDrop={(files) => files[0] && void open(sourceFromFile(files[0]))}
        multiple={false}
        loading={busy}
        aria-label={t('imports.file.drop')}
      >
        <Group justify="center" gap="md" mih={96} style={{ pointerEvents: 'none' }}>
          <IconUpload size={32} stroke={1.5} aria-hidden />
          <div>
            <Text size="lg">{t('imports.file.drop')}</Text>
            <Text size="sm" c="dimmed">
              {t('imports.file.dropHint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Group>
        <Button
          variant="default"
          leftSection={<IconFileTypeCsv size={16} />}
          onClick={() => void choose()}
        >
          {t('imports.file.choose')}
        </Button>
        {draft && (
          <Text size="sm" data-testid="import-file-name">
            {t('imports.file.chosen', { name: draft.source.name, size: draft.source.size })}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" title={t('imports.file.cannotRead')} data-testid="import-file-error">
          {error}
        </Alert>
      )}
      {draft?.sniff.notText && (
        <Alert color="red" title={t('imports.file.cannotRead')} data-testid="import-file-error">
          {t('imports.issues.notText', { format: draft.sniff.notText })}
        </Alert>
      )}
      {draft && !draft.sniff.notText && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group grow align="flex-start">
              <Select
                label={t('imports.file.entity')}
                data={wizardEntities.map((value) => ({
                  value,
                  label: t(`imports.entity.${value}`),
                }))}
                value={draft.settings.entity}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  onDraft(
                    draftFor(draft.source, draft.head, {
                      ...draft.settings,
                      entity: value as ImportEntity,
                      columns: [],
                    }),
                  )
                }
              />
              <Select
                label={t('imports.file.encoding')}
                description={t(`imports.file.encodingReason.${draft.sniff.encoding.reason}`)}
                data={csvEncodings.map((value) => ({
                  value,
                  label: t(`imports.file.encodings.${value}`),
                }))}
                value={draft.settings.overrides.encoding ?? null}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  reread({
                    ...draft.settings,
                    overrides: { ...draft.settings.overrides, encoding: value as never },
                  })
                }
              />
              <Select
                label={t('imports.file.delimiter')}
                description={t('imports.file.lineEnding', {
                  ending: t(`imports.file.lineEndings.${draft.sniff.lineEnding}`),
                })}
                data={csvDelimiters.map((value) => ({
                  value,
                  label: t(`imports.file.delimiters.${delimiterName(value)}`),
                }))}
                value={draft.settings.overrides.delimiter ?? null}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  reread({
                    ...draft.settings,
                    overrides: { ...draft.settings.overrides, delimiter: value as never },
                    columns: [],
                  })
                }
              />
              <Select
                label={t('imports.file.headerRow')}
                description={t(`imports.file.headerReason.${draft.sniff.headerRow.reason}`)}
                data={draft.sniff.preview.slice(0, 20).map((_, index) => ({
                  value: String(index),
                  label: t('imports.file.rowNumber', { row: index + 1 }),
                }))}
                value={String(draft.settings.overrides.headerRow ?? 0)}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  reread({
                    ...draft.settings,
                    overrides: { ...draft.settings.overrides, headerRow: Number(value) },
                    columns: [],
                  })
                }
              />
            </Group>
            <PreviewTable
              rows={draft.sniff.preview.slice(0, 12)}
              headerRow={draft.sniff.headerRow.index}
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}

function delimiterName(delimiter: string): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter] ?? 'comma'
}
