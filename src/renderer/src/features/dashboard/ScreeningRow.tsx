import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Screening } from '../../../../shared/domain/screening'
import { useLocale } from '../../i18n/useLocale'
import { type Lack, lacksOf } from './upcomingScreenings'

const statusColor: Record<Screening['status'], string> = {
  requested: 'gray',
  approved: 'blue',
  confirmed: 'teal',
  held: 'grape',
  reported: 'green',
  cancelled: 'red',
}

type ScreeningRowProps = { screening: Screening; hostName?: string; now: string }

/** One screening: when (in its own time zone), where, who hosts it, and what it still lacks. */
export function ScreeningRow({ screening, hostName, now }: ScreeningRowProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const lacks = lacksOf(screening, now)
  const place = [screening.venue.city, screening.venue.country].filter(Boolean).join(', ')

  return (
    <UnstyledButton
      component={Link}
      to={`/screenings/${screening.id}`}
      data-testid="upcoming-screening"
      px="xs"
      py={8}
      style={{ borderRadius: 'var(--mantine-radius-sm)', display: 'block' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {screening.title}
          </Text>
          <Text size="sm" c="dimmed">
            {screening.startsAt
              ? `${format.dateTime(screening.startsAt, screening.timeZone)} (${screening.timeZone})`
              : t('screenings.noDate')}
          </Text>
          <Text size="sm">
            {hostName ?? t('dashboard.upcoming.noHost')}
            {place && (
              <Text span c="dimmed" inherit>
                {` · ${place}`}
              </Text>
            )}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Badge color={statusColor[screening.status]} variant="light">
            {t(`screenings.status.${screening.status}`)}
          </Badge>
          {lacks.map((lack: Lack) => (
            <Badge key={lack} color="orange" variant="outline" data-testid={`lacks-${lack}`}>
              {t(`dashboard.upcoming.lacks.${lack}`)}
            </Badge>
          ))}
        </Stack>
      </Group>
    </UnstyledButton>
  )
}
