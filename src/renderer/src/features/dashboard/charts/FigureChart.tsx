import '@mantine/charts/styles.css'
import { BarChart, LineChart } from '@mantine/charts'
import type { FigureRow } from './figureTable'

export type ChartSeries = { name: string; label: string; color: string }

export type ChartSpec = {
  kind: 'bar' | 'horizontalBar' | 'line'
  data: FigureRow[]
  /** The column the categories (or periods) are read from. */
  dataKey: string
  series: ChartSeries[]
  valueFormatter: (value: number) => string
  h?: number
}

// A new range redraws at once: bars growing from zero would make every filter change look slow.
const still = { isAnimationActive: false }

/**
 * The dashboard's charts, on recharts through Mantine: loaded on demand (LazyCharts), so the
 * app's first bundle does not carry recharts.
 */
export function FigureChart({ kind, data, dataKey, series, valueFormatter, h = 260 }: ChartSpec) {
  const common = {
    h,
    data,
    dataKey,
    series,
    valueFormatter,
    withLegend: series.length > 1,
    legendProps: { verticalAlign: 'bottom' as const, height: 40 },
    tickLine: 'none' as const,
    gridAxis: 'none' as const,
  }
  if (kind === 'line') {
    return (
      <LineChart
        {...common}
        gridAxis="y"
        curveType="monotone"
        connectNulls
        withDots={data.length <= 31}
        lineProps={still}
      />
    )
  }
  if (kind === 'horizontalBar') {
    return (
      <BarChart
        {...common}
        h={Math.max(h, data.length * 36 + 40)}
        orientation="vertical"
        yAxisProps={{ width: 150 }}
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        barProps={{ radius: 4, ...still }}
        maxBarWidth={22}
      />
    )
  }
  return (
    <BarChart
      {...common}
      gridAxis="y"
      yAxisProps={{ allowDecimals: false }}
      barProps={{ radius: 4, ...still }}
      maxBarWidth={36}
    />
  )
}
