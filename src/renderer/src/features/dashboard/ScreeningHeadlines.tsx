import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFigureFormat } from './charts/useFigureFormat'
import type { ScreeningFigures } from './figures/screeningFigures'

type StatProps = { id: string; label: string; value: string; note?: string }

function Stat({ id, label, value, note }: StatProps) {
  return (
    <Card withBorder padding="md" data-testid={`figure-${id}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      <Title order={4} size="h2" mt={4} data-testid="figure-value">
        {value}
      </Title>
      {note && (
        <Text size="xs" c="dimmed" mt={2}>
          {note}
        </Text>
      )}
    </Card>
  )
}

/** The screenings in figures: held, upcoming, attendance, RSVPs and accessibility coverage. */
export function ScreeningHeadlines({ figures }: { figures: ScreeningFigures }) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const { held, upcoming, attendance, rsvp, access } = figures
  const coverage = [
    { key: 'captions', count: access.captions },
    { key: 'audioDescription', count: access.audioDescription },
    { key: 'asl', count: access.asl },
  ] as const

  return (
    <Stack gap="sm" mt="xl" data-testid="screening-figures">
      <Title order={3} size="h4">
        {t('dashboard.screenings.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        <Stat id="held" label={t('dashboard.screenings.held')} value={format.number(held)} />
        <Stat
          id="upcoming"
          label={t('dashboard.screenings.upcoming')}
          value={format.number(upcoming)}
        />
        <Stat
          id="attendance"
          label={t('dashboard.screenings.attendance')}
          value={format.number(attendance.total)}
          note={
            attendance.estimated > 0
              ? t('dashboard.screenings.estimatedPart', {
                  estimated: format.number(attendance.estimated),
                })
              : t('dashboard.screenings.allCounted')
          }
        />
        <Stat
          id="average"
          label={t('dashboard.screenings.average')}
          value={attendance.average === null ? '–' : format.number(attendance.average)}
          note={t('dashboard.screenings.overHeld', { count: attendance.screenings })}
        />
        <Stat
          id="rsvp"
          label={t('dashboard.screenings.rsvpRate')}
          value={rsvp.rate === null ? '–' : format.percent(rsvp.rate)}
          note={t('dashboard.screenings.rsvpNote', {
            attended: format.number(rsvp.attended),
            rsvps: format.number(rsvp.rsvps),
          })}
        />
      </SimpleGrid>
      <Card withBorder padding="md" data-testid="figure-access">
        <Group justify="space-between" mb="xs">
          <Text size="sm" fw={600}>
            {t('dashboard.access.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('dashboard.access.ofHeld', { count: held })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          {coverage.map(({ key, count }) => {
            const share = held > 0 ? count / held : null
            const label = t(`dashboard.access.${key}`)
            return (
              <Stack key={key} gap={4} data-testid={`access-${key}`}>
                <Group justify="space-between">
                  <Text size="sm">{label}</Text>
                  <Text size="sm" fw={600} data-testid="access-share">
                    {share === null ? '–' : format.percent(share)}
                  </Text>
                </Group>
                <Progress
                  value={share === null ? 0 : share * 100}
                  color="violet"
                  radius="xl"
                  aria-label={label}
                />
                <Text size="xs" c="dimmed">
                  {t('dashboard.access.count', { part: count, held })}
                </Text>
              </Stack>
            )
          })}
        </SimpleGrid>
      </Card>
    </Stack>
  )
}
