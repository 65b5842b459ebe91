import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFigureFormat } from '../dashboard/charts/useFigureFormat'
import type { ScreeningFigures } from '../dashboard/figures/screeningFigures'
import { ReportSection } from './ReportSection'

/** Figures derived from the screenings themselves: always current, never typed in. */
export function ReportScreeningStats({ figures }: { figures: ScreeningFigures }) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const ratio = (value: number | null) => (value === null ? '–' : format.percent(value))
  const ofHeld = (count: number) => ratio(figures.held > 0 ? count / figures.held : null)
  const { attendance, rsvp, access } = figures
  const stats = [
    ['held', format.number(figures.held)],
    ['upcoming', format.number(figures.upcoming)],
    ['totalAttendance', format.number(attendance.total)],
    [
      'averageAttendance',
      attendance.average === null ? '–' : format.number(Math.round(attendance.average)),
    ],
    ['rsvpToAttendance', ratio(rsvp.rate)],
    ['partners', format.number(figures.byPartner.length)],
    ['captions', ofHeld(access.captions)],
    ['audioDescription', ofHeld(access.audioDescription)],
    ['asl', ofHeld(access.asl)],
  ] as const

  return (
    <ReportSection id="report-screening-figures" title={t('report.screeningFigures')}>
      <SimpleGrid cols={3} spacing="sm">
        {stats.map(([key, value]) => (
          <Paper key={key} withBorder p="sm" data-testid={`report-stat-${key}`}>
            <Text size="xl" fw={700}>
              {value}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`report.stat.${key}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </ReportSection>
  )
}
