import { Paper, Select, type SelectProps, SimpleGrid, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { impactDynamics } from '../../../../shared/domain/campaign'
import {
  type MetricDefinition,
  metricDirections,
  metricUnits,
} from '../../../../shared/domain/metricDefinition'
import { parseLocaleNumber } from '../../../../shared/i18n/parseNumber'
import { useLocale } from '../../i18n/useLocale'
import { InlineField } from '../../shell/InlineField'
import { useRecordFields } from '../../shell/RecordFields'
import { useFieldSaver } from '../../shell/useFieldSaver'
import { useCampaignOptions } from '../screenings/useCampaignOptions'
import { metricDefinitionRepo } from './metricDefinitionRepo'
import { useMetricFormat } from './useMetricFormat'

/** Every field of a metric's definition, each edited in place and saved on its own. */
export function MetricDetails({ metric }: { metric: MetricDefinition }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const format = useMetricFormat()
  const save = useFieldSaver(metricDefinitionRepo, metric.id)
  const fields = useRecordFields(save)
  const campaigns = useCampaignOptions()
  const label = (field: string) => t(`metrics.fields.${field}`)
  const options = (values: readonly string[], ns: string) =>
    values.map((value) => ({ value, label: t(`metrics.${ns}.${value}`) }))
  const notSet = t('common.notSet')

  const number = (field: 'baseline' | 'target') => (
    <InlineField<string>
      label={label(field)}
      value={metric[field] === undefined ? '' : format.editable(metric[field])}
      display={
        <Text size="sm" c={metric[field] === undefined ? 'dimmed' : undefined}>
          {metric[field] === undefined ? notSet : format.value(metric[field], metric.unit)}
        </Text>
      }
      editor={(draft, setDraft, error) => (
        <TextInput
          aria-label={label(field)}
          inputMode="decimal"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          error={error}
          autoFocus
        />
      )}
      onSave={async (draft) => {
        if (draft.trim() === '') return save(field, undefined)
        const value = parseLocaleNumber(draft, locale)
        if (value === null) return t('metrics.errors.notNumber', { example: format.example })
        return save(field, value)
      }}
    />
  )

  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {fields.text('name', label('name'), metric.name)}
        {fields.choice('campaignId', label('campaign'), metric.campaignId, campaigns ?? [])}
        {fields.choice('unit', label('unit'), metric.unit, options(metricUnits, 'unit'))}
        {fields.choice(
          'direction',
          label('direction'),
          metric.direction,
          options(metricDirections, 'direction'),
        )}
        <InlineField<string>
          label={label('dynamic')}
          value={metric.dynamic ?? ''}
          display={
            <Text size="sm" c={metric.dynamic ? undefined : 'dimmed'}>
              {metric.dynamic ? t(`campaigns.dynamics.${metric.dynamic}`) : notSet}
            </Text>
          }
          editor={(draft, setDraft, error) => (
            <DynamicSelect
              aria-label={label('dynamic')}
              value={draft}
              onChange={setDraft}
              error={error}
              autoFocus
            />
          )}
          onSave={(draft) => save('dynamic', draft || undefined)}
        />
        {number('baseline')}
        {number('target')}
        <InlineField<string | null>
          label={label('targetDate')}
          value={metric.targetDate ?? null}
          display={
            <Text size="sm" c={metric.targetDate ? undefined : 'dimmed'}>
              {metric.targetDate ? format.date(metric.targetDate) : notSet}
            </Text>
          }
          editor={(draft, setDraft, error) => (
            <DateInput
              aria-label={label('targetDate')}
              value={draft}
              onChange={setDraft}
              valueFormat="LL"
              clearable
              error={error}
              autoFocus
            />
          )}
          onSave={(draft) => save('targetDate', draft ?? undefined)}
        />
      </SimpleGrid>
      <SimpleGrid cols={1} mt="md">
        {fields.text('description', label('description'), metric.description, { multiline: true })}
      </SimpleGrid>
    </Paper>
  )
}

type DynamicSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string
  onChange: (value: string) => void
}

/** One of the four impact dynamics, or none. */
export function DynamicSelect({ value, onChange, ...props }: DynamicSelectProps) {
  const { t } = useTranslation()
  return (
    <Select
      {...props}
      data={impactDynamics.map((d) => ({ value: d, label: t(`campaigns.dynamics.${d}`) }))}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      clearable
    />
  )
}
