import { Card, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Screening } from '../../../../shared/domain/screening'
import { ScreeningRow } from './ScreeningRow'
import { upcomingPanel } from './upcomingScreenings'

type ListProps = {
  title: string
  screenings: Screening[]
  hostNames: Map<string, string>
  now: string
  testId: string
  empty?: string
}

function ScreeningList({ title, screenings, hostNames, now, testId, empty }: ListProps) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {screenings.length === 0 ? (
        <Text c="dimmed" size="sm" py="xs">
          {empty}
        </Text>
      ) : (
        <Stack gap={0}>
          {screenings.map((screening) => (
            <ScreeningRow
              key={screening.id}
              screening={screening}
              hostName={hostNames.get(screening.hostOrganizationId ?? '')}
              now={now}
            />
          ))}
        </Stack>
      )}
    </Card>
  )
}

/** The next screenings and the held ones still owed a report, each with what it lacks. */
export function UpcomingScreenings() {
  const { t } = useTranslation()
  const panel = useLiveQuery(() => upcomingPanel())
  if (!panel) return null
  const { upcoming, awaitingReport, hostNames, now } = panel

  return (
    <Stack mt="lg" gap="lg">
      <ScreeningList
        title={t('dashboard.upcoming.title')}
        screenings={upcoming}
        hostNames={hostNames}
        now={now}
        testId="upcoming-screenings"
        empty={t('dashboard.upcoming.none')}
      />
      {awaitingReport.length > 0 && (
        <ScreeningList
          title={t('dashboard.upcoming.awaitingReport')}
          screenings={awaitingReport}
          hostNames={hostNames}
          now={now}
          testId="awaiting-report"
        />
      )}
    </Stack>
  )
}
