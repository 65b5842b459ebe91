import { Badge, Button, Popover, Stack, TextInput } from '@mantine/core'
import { IconCalendar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type Props = { from: string; to: string; onChange: (range: [string, string]) => void }

/** The start date range, beside the filters: days (`YYYY-MM-DD`) on the user's calendar. */
export function DateRangeMenu({ from, to, onChange }: Props) {
  const { t } = useTranslation()
  const active = Boolean(from || to)
  return (
    <Popover position="bottom-start" width={260} shadow="md">
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconCalendar size={16} />}
          rightSection={
            active ? (
              <Badge size="sm" circle>
                1
              </Badge>
            ) : null
          }
        >
          {t('screenings.dates')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('screenings.dates')}>
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t('screenings.from')}
            value={from}
            max={to || undefined}
            onChange={(event) => onChange([event.currentTarget.value, to])}
          />
          <TextInput
            type="date"
            label={t('screenings.to')}
            value={to}
            min={from || undefined}
            onChange={(event) => onChange([from, event.currentTarget.value])}
          />
          <Button variant="subtle" disabled={!active} onClick={() => onChange(['', ''])}>
            {t('screenings.clearDates')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
