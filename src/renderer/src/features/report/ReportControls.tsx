import { Button, Group, Select, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'

type Props = {
  campaignId: string
  options: { value: string; label: string }[]
  from: string
  to: string
  onChange: (changes: Record<string, string>) => void
}

/** What the report covers: a campaign and the days from and to (either may stay open). */
export function ReportControls({ campaignId, options, from, to, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Group align="flex-end" mb="lg" gap="sm">
      <Select
        label={t('report.campaign')}
        data={options}
        value={campaignId || null}
        onChange={(value) => value && onChange({ campaign: value })}
        allowDeselect={false}
        searchable
        w={260}
      />
      <TextInput
        type="date"
        label={t('report.from')}
        value={from}
        max={to || undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('report.to')}
        value={to}
        min={from || undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
      />
      <Button
        variant="subtle"
        disabled={!from && !to}
        onClick={() => onChange({ from: '', to: '' })}
      >
        {t('report.allDates')}
      </Button>
    </Group>
  )
}
