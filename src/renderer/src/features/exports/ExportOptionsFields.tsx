import { Checkbox, Select, SimpleGrid, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { dateFormats, type DateFormat } from '../../../../shared/csv'
import type { ExportDelimiter, ExportEntity, ExportOptions } from '../../../../shared/export'

type Settings = Omit<ExportOptions, 'columns'>

/** Encoding, separator, dates, and (for people) whether those flagged sensitive go too. */
export function ExportOptionsFields({
  entity,
  value,
  onChange,
}: {
  entity: ExportEntity
  value: Settings
  onChange: (value: Settings) => void
}) {
  const { t, i18n } = useTranslation()
  // A date example keeps its left-to-right order inside right-to-left text.
  const ltr = (text: string) => (i18n.dir() === 'rtl' ? `\u2066${text}\u2069` : text)
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('exports.encoding')}
          allowDeselect={false}
          value={value.bom ? 'bom' : 'plain'}
          onChange={(next) => onChange({ ...value, bom: next === 'bom' })}
          data={[
            { value: 'bom', label: t('exports.bom') },
            { value: 'plain', label: t('exports.noBom') },
          ]}
        />
        <Select
          label={t('exports.delimiter')}
          allowDeselect={false}
          value={value.delimiter}
          onChange={(next) => onChange({ ...value, delimiter: next as ExportDelimiter })}
          data={[
            { value: ',', label: t('exports.comma') },
            { value: ';', label: t('exports.semicolon') },
          ]}
        />
        <Select
          label={t('exports.dates')}
          allowDeselect={false}
          value={value.dateFormat}
          onChange={(next) => onChange({ ...value, dateFormat: next as DateFormat })}
          data={Object.entries(dateFormats).map(([format, { example: plain }]) => {
            const example = ltr(plain)
            return {
              value: format,
              label:
                format === 'iso'
                  ? t('exports.isoDates', { example })
                  : t('exports.dateExample', { example }),
            }
          })}
        />
      </SimpleGrid>
      {entity === 'contacts' && (
        <Checkbox
          label={t('exports.sensitive')}
          description={t('exports.sensitiveHint')}
          checked={value.includeSensitive}
          onChange={(event) =>
            onChange({ ...value, includeSensitive: event.currentTarget.checked })
          }
        />
      )}
    </Stack>
  )
}
