import { Alert, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  dateFormats,
  importFieldsFor,
  matchColumns,
  type DateFormat,
} from '../../../../../shared/csv'
import {
  COLUMN_AS_NOTE,
  COLUMN_AS_TAG,
  IGNORE_COLUMN,
  type ImportSettings,
} from '../../../../../shared/import/importSettings'
import { createRowReader } from '../../../../../shared/import/createRowReader'
import { fieldLabel } from './fieldLabel'
import { KeptColumns } from './KeptColumns'
import { MappingPresets } from './MappingPresets'
import { NameSplit } from './NameSplit'
import { dateGuessFor, withColumns, type WizardDraft } from './wizardDraft'

type MappingStepProps = {
  draft: WizardDraft
  onSettings: (settings: ImportSettings) => void
}

/** Fields that must have a column or a default before the import can be reviewed. */
export function missingRequired(settings: ImportSettings): string[] {
  return importFieldsFor(settings.entity)
    .filter((field) => field.required)
    .filter(
      (field) => !settings.columns.includes(field.key) && !settings.defaults[field.key]?.trim(),
    )
    .map((field) => field.key)
}

/** Step 2: each column to a field (or left out, or kept as a note or tag), defaults, formats. */
export function MappingStep({ draft, onSettings }: MappingStepProps) {
  const { t } = useTranslation()
  const { settings, headers } = draft
  const entity = settings.entity
  const fields = importFieldsFor(entity)
  const matches = matchColumns(headers, entity)
  const samples = draft.sniff.preview.slice(
    draft.sniff.headerRow.index + 1,
    draft.sniff.headerRow.index + 4,
  )
  const targets = [
    {
      group: t('imports.mapping.fields'),
      items: fields.map((field) => ({ value: field.key, label: fieldLabel(t, entity, field.key) })),
    },
    {
      group: t('imports.mapping.other'),
      items: [IGNORE_COLUMN, COLUMN_AS_NOTE, COLUMN_AS_TAG].map((value) => ({
        value: value || 'ignore',
        label: fieldLabel(t, entity, value),
      })),
    },
  ]
  const setColumn = (column: number, target: string) =>
    onSettings(
      withColumns(
        draft.sniff,
        settings,
        settings.columns.map((current, index) =>
          index === column ? (target === 'ignore' ? IGNORE_COLUMN : target) : current,
        ),
      ),
    )
  const defaultIssues = createRowReader(headers, settings).defaultIssues
  const dateGuess = dateGuessFor(draft.sniff, settings)
  // The guess is only news for a file with dates: a contacts file without any says nothing.
  const dated = fields.some(
    (field) =>
      (field.type === 'date' || field.type === 'dateTime') && settings.columns.includes(field.key),
  )
  const missing = missingRequired(settings)

  return (
    <Stack>
      <Table.ScrollContainer minWidth={640}>
        <Table
          withTableBorder
          verticalSpacing="xs"
          aria-label={t('imports.mapping.title')}
          data-testid="import-mapping"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.mapping.column')}</Table.Th>
              <Table.Th>{t('imports.mapping.sample')}</Table.Th>
              <Table.Th w={280}>{t('imports.mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {headers.map((header, column) => {
              const match = matches[column]
              const target = settings.columns[column] ?? IGNORE_COLUMN
              const unsure = match && match.field === target && target && match.confidence < 0.9
              return (
                <Table.Tr key={column} data-column={header}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {header || t('imports.mapping.noHeader', { column: column + 1 })}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="xs" c="dimmed" truncate="end">
                      {samples
                        .map((row) => row[column] ?? '')
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Select
                        aria-label={t('imports.mapping.fieldFor', { column: header })}
                        data={targets}
                        value={target || 'ignore'}
                        onChange={(value) => value && setColumn(column, value)}
                        allowDeselect={false}
                        searchable
                        flex={1}
                        size="xs"
                      />
                      {unsure && (
                        <Badge color="yellow" variant="light" size="sm">
                          {t('imports.mapping.check')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <KeptColumns headers={headers} columns={settings.columns} />

      <Title order={4}>{t('imports.mapping.values')}</Title>
      <Group grow align="flex-start">
        <Select
          label={t('imports.mapping.dateFormat')}
          data={Object.entries(dateFormats).map(([value, format]) => ({
            value,
            label: t('imports.mapping.dateExample', { example: format.example }),
          }))}
          value={settings.valueOptions.dateFormat}
          description={
            dated &&
            t(`imports.mapping.dateGuess.${dateGuess.reason}`, {
              value: dateGuess.sample?.value,
              row: dateGuess.sample?.row,
            })
          }
          descriptionProps={{ 'data-testid': 'import-date-guess' }}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          allowDeselect={false}
          onChange={(value) =>
            value &&
            onSettings({
              ...settings,
              valueOptions: { ...settings.valueOptions, dateFormat: value as DateFormat },
            })
          }
        />
        <Select
          label={t('imports.mapping.decimalMark')}
          data={[
            { value: '.', label: t('imports.mapping.decimalPoint') },
            { value: ',', label: t('imports.mapping.decimalComma') },
          ]}
          value={settings.valueOptions.decimalMark}
          allowDeselect={false}
          onChange={(value) =>
            value &&
            onSettings({
              ...settings,
              valueOptions: { ...settings.valueOptions, decimalMark: value as ',' | '.' },
            })
          }
        />
      </Group>
      <NameSplit settings={settings} samples={samples} onSettings={onSettings} />

      <Title order={4}>{t('imports.mapping.defaults')}</Title>
      <Text size="sm" c="dimmed">
        {t('imports.mapping.defaultsHint')}
      </Text>
      <Group grow align="flex-start" wrap="wrap">
        {fields
          .filter((field) => !field.importOnly)
          .filter(
            (field) =>
              field.required ||
              // A metric values file names its campaign once: where new metrics and screenings go.
              (entity === 'metricEntries' && field.key === 'campaign') ||
              field.type === 'enum' ||
              field.key.endsWith('tags'),
          )
          .map((field) => {
            const issue = defaultIssues.find((candidate) => candidate.key === field.key)
            return (
              <TextInput
                key={field.key}
                miw={200}
                label={fieldLabel(t, entity, field.key)}
                placeholder={field.options
                  ?.map((option) => field.optionLabels?.[option] ?? option)
                  .slice(0, 3)
                  .join(', ')}
                value={settings.defaults[field.key] ?? ''}
                error={
                  issue && t('imports.mapping.defaultInvalid', { expected: issue.result.expected })
                }
                onChange={(event) =>
                  onSettings({
                    ...settings,
                    defaults: { ...settings.defaults, [field.key]: event.currentTarget.value },
                  })
                }
              />
            )
          })}
      </Group>
      <MappingPresets draft={draft} onSettings={onSettings} />
      {missing.length > 0 && (
        <Alert color="orange" data-testid="import-missing-required">
          {t('imports.mapping.missingRequired', {
            fields: missing.map((key) => fieldLabel(t, entity, key)).join(', '),
          })}
        </Alert>
      )}
    </Stack>
  )
}
