import { useId } from 'react'

const WIDTH = 100
const HEIGHT = 32

/**
 * A metric's series as a small line under its headline figure: plain SVG, not a chart library,
 * because a dozen metric cards redraw on every change of the dates. Decorative: the figures are
 * in the chart "Over time" and its table.
 */
export function Sparkline({ values, color }: { values: number[]; color: string }) {
  // React's ids hold characters a CSS url(#…) reference may not.
  const gradient = `sparkline${useId().replace(/[^\w-]/g, '')}`
  const min = Math.min(0, ...values)
  const max = Math.max(...values)
  const span = max - min || 1
  const points = values.map((value, i) => [
    (i / Math.max(1, values.length - 1)) * WIDTH,
    HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4),
  ])
  const line = points.map(([x, y]) => `${x!.toFixed(2)},${y!.toFixed(2)}`).join(' ')
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height={40}
      aria-hidden
      style={{ display: 'block', color }}
    >
      <defs>
        <linearGradient id={gradient} x1="0" x2="0" y1="0" y2="1">
          <stop offset="0%" stopColor="currentColor" stopOpacity={0.28} />
          <stop offset="100%" stopColor="currentColor" stopOpacity={0} />
        </linearGradient>
      </defs>
      <polygon points={`0,${HEIGHT} ${line} ${WIDTH},${HEIGHT}`} fill={`url(#${gradient})`} />
      <polyline
        points={line}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  )
}
