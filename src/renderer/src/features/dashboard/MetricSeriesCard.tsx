import { Select } from '@mantine/core'
import { memo, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from './charts/ChartCard'
import { FigureChart } from './charts/LazyCharts'
import type { FigureTable } from './charts/figureTable'
import { useFigureFormat } from './charts/useFigureFormat'
import type { MetricFigure } from './figures/metricFigures'
import { isAdditive } from './figures/metricProgress'

/** One metric over time, day by day or month by month; a menu picks which metric. */
export const MetricSeriesCard = memo(function MetricSeriesCard({
  figures,
}: {
  figures: MetricFigure[]
}) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const [chosen, setChosen] = useState<string | null>(null)
  const figure = figures.find((f) => f.metric.id === chosen) ?? figures[0]

  const table: FigureTable = useMemo(() => {
    if (!figure) return { columns: [], rows: [] }
    return {
      columns: [
        { key: 'period', label: t(`dashboard.series.${figure.grain}`), kind: 'period' },
        { key: 'value', label: figure.metric.name, kind: 'number' },
      ],
      rows: figure.series.map((point) => ({ period: point.period, value: point.value })),
    }
  }, [figure, t])
  if (!figure) return null

  const chartData = figure.series.map((point) => ({
    label: format.period(point.period),
    value: Math.round(point.value * 10) / 10,
  }))
  return (
    <ChartCard
      title={t('dashboard.series.title')}
      description={
        isAdditive(figure.metric.unit)
          ? t('dashboard.series.sum', { name: figure.metric.name })
          : t('dashboard.series.average', { name: figure.metric.name })
      }
      table={table}
      fileName={`${figure.metric.name} ${t('dashboard.series.fileSuffix')}`}
      testId="chart-series"
      empty={t('dashboard.series.empty')}
      controls={
        <Select
          size="xs"
          aria-label={t('dashboard.series.metric')}
          data={figures.map((f) => ({ value: f.metric.id, label: f.metric.name }))}
          value={figure.metric.id}
          onChange={(value) => value && setChosen(value)}
          allowDeselect={false}
          w={200}
        />
      }
    >
      <FigureChart
        kind={isAdditive(figure.metric.unit) ? 'bar' : 'line'}
        data={chartData}
        dataKey="label"
        series={[{ name: 'value', label: figure.metric.name, color: 'indigo.6' }]}
        valueFormatter={format.number}
      />
    </ChartCard>
  )
})
