import { SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFigureFormat } from '../dashboard/charts/useFigureFormat'
import type { MetricFigure } from '../dashboard/figures/metricFigures'
import { isAdditive } from '../dashboard/figures/metricProgress'
import { ReportChart } from './ReportChart'
import { ReportSection } from './ReportSection'
import type { MonthRow } from './reportMonths'

const palette = ['indigo.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'pink.6']

/** Screenings and audiences month by month, then each metric over the range. */
export function ReportCharts({ months, metrics }: { months: MonthRow[]; metrics: MetricFigure[] }) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const monthData = months.map((row) => ({ ...row, period: format.period(row.month) }))
  const drawn = metrics.filter((figure) => figure.entries > 0)

  return (
    <ReportSection id="report-charts" title={t('report.charts')} keepTogether={false}>
      {monthData.length === 0 && drawn.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.noHeld')}
        </Text>
      ) : (
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="lg">
          {monthData.length > 0 && (
            <>
              <ReportChart
                title={t('report.chart.attendance')}
                kind="bar"
                data={monthData}
                dataKey="period"
                series={[
                  {
                    name: 'attendance',
                    label: t('report.stat.totalAttendance'),
                    color: 'indigo.6',
                  },
                ]}
                valueFormatter={format.number}
              />
              <ReportChart
                title={t('report.chart.held')}
                kind="bar"
                data={monthData}
                dataKey="period"
                series={[{ name: 'held', label: t('report.stat.held'), color: 'teal.6' }]}
                valueFormatter={format.number}
              />
            </>
          )}
          {drawn.map(({ metric, series }, index) => (
            <ReportChart
              key={metric.id}
              title={metric.name}
              kind={isAdditive(metric.unit) ? 'bar' : 'line'}
              data={series.map((point) => ({
                period: format.period(point.period),
                value: point.value,
              }))}
              dataKey="period"
              series={[
                { name: 'value', label: metric.name, color: palette[index % palette.length]! },
              ]}
              valueFormatter={format.number}
            />
          ))}
        </SimpleGrid>
      )}
    </ReportSection>
  )
}
