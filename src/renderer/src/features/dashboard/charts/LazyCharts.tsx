import { Skeleton } from '@mantine/core'
import { type ComponentProps, Suspense, lazy } from 'react'

const LazyFigureChart = lazy(() =>
  import('./FigureChart').then((module) => ({ default: module.FigureChart })),
)

type FigureChartProps = ComponentProps<typeof LazyFigureChart>

/** A chart, drawn once the charting code has loaded; a placeholder of its size until then. */
export function FigureChart(props: FigureChartProps) {
  return (
    <Suspense fallback={<Skeleton h={props.h ?? 260} radius="md" />}>
      <LazyFigureChart {...props} />
    </Suspense>
  )
}
