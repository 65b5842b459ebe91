import { Group, SegmentedControl, Text } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../metrics/useMetricFormat'
import { type DateRange, type RangePreset, presetRange, rangePresets } from './figures/dateRange'

type Props = { scope: string; range: DateRange; onChange: (range: DateRange) => void }

/** What the dashboard counts: the campaign (from the header's switcher) and a range of days. */
export function DashboardFilters({ scope, range, onChange }: Props) {
  const { t } = useTranslation()
  const today = todayIso()
  const preset = rangePresets.find((p) => {
    const candidate = presetRange(p, today)
    return candidate.from === range.from && candidate.to === range.to
  })

  return (
    <Group justify="space-between" gap="sm" mb="lg" data-testid="dashboard-filters">
      <Text size="sm" c="dimmed" data-testid="dashboard-scope">
        {scope}
      </Text>
      <Group gap="sm">
        <SegmentedControl
          size="sm"
          aria-label={t('dashboard.range.label')}
          value={preset ?? ''}
          onChange={(value) => onChange(presetRange(value as RangePreset, today))}
          data={rangePresets.map((p) => ({ value: p, label: t(`dashboard.range.${p}`) }))}
        />
        <DatePickerInput
          // Uncontrolled while a range is being picked; a new range from outside starts afresh.
          key={`${range.from}/${range.to}`}
          type="range"
          aria-label={t('dashboard.range.custom')}
          placeholder={t('dashboard.range.custom')}
          leftSection={<IconCalendar size={16} aria-hidden />}
          defaultValue={[range.from || null, range.to || null]}
          onChange={([from, to]) => {
            if ((from && to) || (!from && !to)) onChange({ from: from ?? '', to: to ?? '' })
          }}
          allowSingleDateInRange
          clearable
          valueFormat="MMM D, YYYY"
          miw={240}
        />
      </Group>
    </Group>
  )
}
