import {
  Anchor,
  Box,
  Button,
  Group,
  Stack,
  Text,
  VisuallyHidden,
  useComputedColorScheme,
} from '@mantine/core'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Screening } from '../../../../../shared/domain/screening'
import { statusColor } from '../pipeline/pipelineOrder'
import { timeInZone } from './calendarDays'

/** Screenings a day shows before "+N more", so one busy day does not stretch its whole week. */
const SHOWN = 3

type CalendarDayProps = {
  day: string
  label: string
  dayNumber: string
  inMonth: boolean
  isToday: boolean
  screenings: Screening[]
  formatTag: string
}

/** One day of the month: its number and the screenings that happen on it in their own zone. */
export const CalendarDay = memo(function CalendarDay({
  day,
  label,
  dayNumber,
  inMonth,
  isToday,
  screenings,
  formatTag,
}: CalendarDayProps) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  // The days of the months around are set back: lighter in the light theme, darker in the dark.
  const outside =
    useComputedColorScheme('light') === 'dark'
      ? 'var(--mantine-color-dark-8)'
      : 'var(--mantine-color-gray-0)'
  const shown = expanded ? screenings : screenings.slice(0, SHOWN)
  const hidden = screenings.length - shown.length

  return (
    <Box
      role="group"
      aria-label={label}
      data-testid="calendar-day"
      data-day={day}
      data-outside={inMonth ? undefined : true}
      p={6}
      mih={96}
      style={{
        borderInlineEnd: '1px solid var(--mantine-color-default-border)',
        borderBlockEnd: '1px solid var(--mantine-color-default-border)',
        background: inMonth ? undefined : outside,
        minWidth: 0,
      }}
    >
      <Group justify="flex-end" mb={4}>
        <Text
          size="xs"
          fw={isToday ? 700 : 500}
          c={isToday ? 'var(--mantine-primary-color-contrast)' : inMonth ? undefined : 'dimmed'}
          bg={isToday ? 'var(--mantine-primary-color-filled)' : undefined}
          w={22}
          h={22}
          ta="center"
          lh="22px"
          style={{ borderRadius: '50%' }}
          aria-current={isToday ? 'date' : undefined}
        >
          {dayNumber}
        </Text>
      </Group>
      {inMonth && (
        <Stack gap={3}>
          {shown.map((screening) => (
            <Anchor
              key={screening.id}
              component={Link}
              to={`/screenings/${screening.id}`}
              underline="never"
              data-testid="calendar-screening"
              data-id={screening.id}
              data-status={screening.status}
              title={screening.title}
              c="var(--mantine-color-text)"
              px={6}
              py={2}
              style={{
                display: 'block',
                borderRadius: 'var(--mantine-radius-sm)',
                borderInlineStart: `3px solid var(--mantine-color-${statusColor(screening.status)}-filled)`,
                background: `var(--mantine-color-${statusColor(screening.status)}-light)`,
                minWidth: 0,
              }}
            >
              <Text size="xs" c="dimmed" truncate lh={1.3}>
                {timeInZone(screening.startsAt!, screening.timeZone, formatTag)}
              </Text>
              <Text size="xs" fw={600} truncate lh={1.3} dir="auto">
                {screening.title}
              </Text>
              <VisuallyHidden>{t(`screenings.status.${screening.status}`)}</VisuallyHidden>
            </Anchor>
          ))}
          {hidden > 0 && (
            <Button variant="subtle" size="compact-xs" onClick={() => setExpanded(true)}>
              {t('calendar.more', { count: hidden })}
            </Button>
          )}
        </Stack>
      )}
    </Box>
  )
})
