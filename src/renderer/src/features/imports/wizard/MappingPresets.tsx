import { Alert, Button, Group, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { matchPreset } from '../../../../../shared/csv'
import { LIVE } from '../../../../../shared/domain/record'
import {
  COLUMN_AS_NOTE,
  IGNORE_COLUMN,
  type ImportSettings,
} from '../../../../../shared/import/importSettings'
import { db } from '../../../db/db'
import { mappingPresetRepo } from '../mappingPresetRepo'
import type { WizardDraft } from './wizardDraft'

type MappingPresetsProps = {
  draft: WizardDraft
  onSettings: (settings: ImportSettings) => void
  /** Only the form that saves the mapping, as the Review step offers it with the values. */
  saveOnly?: boolean
}

/**
 * Saved mappings: the one that fits this file's headers is offered, with the columns that
 * differ; the mapping on screen can be saved for the next file like it.
 */
export function MappingPresets({ draft, onSettings, saveOnly = false }: MappingPresetsProps) {
  const { t } = useTranslation()
  const { settings, headers } = draft
  const [name, setName] = useState('')
  const presets = useLiveQuery(
    () =>
      db.mappingPresets
        .where('entity')
        .equals(settings.entity)
        .filter((p) => p.deletedAt === LIVE)
        .toArray(),
    [settings.entity],
  )
  const fit = presets && matchPreset(headers, presets)
  // A column the preset does not know is kept as a note, like any unmatched one.
  const fitted = fit?.fields.map((field, column) =>
    field === null && fit.added.includes(headers[column] ?? '')
      ? COLUMN_AS_NOTE
      : (field ?? IGNORE_COLUMN),
  )
  // A preset with the same columns still has something to give when it holds value choices.
  const presetValues = fit?.preset.values
  const applied =
    fitted?.every((target, column) => target === settings.columns[column]) &&
    Object.entries(presetValues ?? {}).every(([field, values]) =>
      Object.entries(values).every(([key, option]) => settings.valueMap?.[field]?.[key] === option),
    )

  async function save() {
    const mapping = Object.fromEntries(
      headers.map((header, column) => [header, settings.columns[column] ?? IGNORE_COLUMN]),
    )
    await mappingPresetRepo.create({
      name: name.trim(),
      entity: settings.entity,
      mapping,
      ...(settings.valueMap ? { values: settings.valueMap } : {}),
    })
    notifications.show({
      color: 'teal',
      message: t('imports.presets.saved', { name: name.trim() }),
    })
    setName('')
  }

  return (
    <>
      {fit && !applied && !saveOnly && (
        <Alert
          color="blue"
          title={t('imports.presets.fits', { name: fit.preset.name })}
          data-testid="import-preset-fit"
        >
          {fit.added.length > 0 && (
            <Text size="sm">{t('imports.presets.added', { columns: fit.added.join(', ') })}</Text>
          )}
          {fit.missing.length > 0 && (
            <Text size="sm">
              {t('imports.presets.missing', { columns: fit.missing.join(', ') })}
            </Text>
          )}
          <Button
            mt="xs"
            size="xs"
            onClick={() =>
              onSettings({
                ...settings,
                columns: fitted ?? settings.columns,
                ...(fit.preset.values ? { valueMap: fit.preset.values } : {}),
              })
            }
          >
            {t('imports.presets.apply')}
          </Button>
        </Alert>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('imports.presets.name')}
          placeholder={t('imports.presets.placeholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Button variant="default" disabled={!name.trim()} onClick={() => void save()}>
          {t('imports.presets.save')}
        </Button>
      </Group>
    </>
  )
}
