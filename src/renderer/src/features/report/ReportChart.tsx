import { BarChart, LineChart } from '@mantine/charts'
import { Text } from '@mantine/core'

// Printed at once: an animation would be caught half drawn.
const still = { isAnimationActive: false }

type Props = {
  title: string
  kind: 'bar' | 'line'
  data: Record<string, string | number>[]
  dataKey: string
  series: { name: string; label: string; color: string }[]
  valueFormatter: (value: number) => string
}

/** One small chart of the report, with its caption; still, so it prints as drawn. */
export function ReportChart({ title, kind, ...chart }: Props) {
  const common = {
    h: 170,
    tickLine: 'none' as const,
    gridAxis: 'x' as const,
    // Counts read 0, 1, 2, never 0.8.
    yAxisProps: { allowDecimals: kind === 'line' },
    ...chart,
  }
  return (
    <figure style={{ margin: 0 }} data-testid="report-chart">
      <Text size="sm" fw={600} mb="xs" component="figcaption">
        {title}
      </Text>
      {kind === 'line' ? (
        <LineChart {...common} lineProps={still} curveType="monotone" connectNulls />
      ) : (
        <BarChart {...common} barProps={still} />
      )}
    </figure>
  )
}
