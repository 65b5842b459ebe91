import type { MetricDefinition } from '../../../../../shared/domain/metricDefinition'
import { db } from '../../../db/db'
import { type MetricRollup, dayPeriod } from '../../../../../shared/domain/metricRollup'
import { type DateRange, addDays, inRange, monthEnd, spanInDays } from './dateRange'
import { isAdditive, metricProgress } from './metricProgress'

/** One point of a metric's time series: a day or a month, and its value there. */
export type SeriesPoint = { period: string; value: number }

export type MetricFigure = {
  metric: MetricDefinition
  /** The figure for the range: the sum of its entries, or their average for readings. */
  value: number | null
  /** How many entries the range holds. */
  entries: number
  /** Where the metric stood at the end of the range: baseline plus everything up to then. */
  level: number | null
  progress: number | null
  grain: 'day' | 'month'
  series: SeriesPoint[]
}

/** Rollup rows of one metric: every month, and the days of the months the range cuts. */
export type MetricRows = { months: MetricRollup[]; days: MetricRollup[] }

/** Ranges of two months or less are drawn day by day, longer ones month by month. */
export const DAILY_SPAN = 62

const rowsBetween = (metricId: string, from: string, to: string) =>
  db.metricRollups
    .where('[metricId+period]')
    .between([metricId, from], [metricId, to], true, true)
    .toArray()

/**
 * What the dashboard reads for a metric: its month rows (a few dozen for years of entries) and
 * the day rows of the range's first and last months, or of the whole range when it is drawn by
 * day. A hundred small rows at most, however many entries there are.
 */
export async function readMetricRows(metricId: string, range: DateRange): Promise<MetricRows> {
  const edges = [range.from, range.to].filter(Boolean).map((day) => day.slice(0, 7))
  // Drawn by day: every day from the start of the first month (the level counts it) to the end.
  const daySpans: [string, string][] =
    spanInDays(range) <= DAILY_SPAN
      ? [[`${edges[0]}-01`, range.to]]
      : [...new Set(edges)].map((month) => [`${month}-01`, monthEnd(month)])
  const [months, ...days] = await Promise.all([
    rowsBetween(metricId, 'm', 'm\uffff'),
    ...daySpans.map(([from, to]) => rowsBetween(metricId, dayPeriod(from), dayPeriod(to))),
  ])
  return { months, days: days.flat() }
}

const dayOf = (row: MetricRollup) => row.period.slice(1)

type Tally = { sum: number; count: number }
const tally = (rows: readonly MetricRollup[]): Tally =>
  rows.reduce((t, row) => ({ sum: t.sum + row.sum, count: t.count + row.count }), {
    sum: 0,
    count: 0,
  })

/** Whether the range takes in the whole of a `YYYY-MM` month. */
const covers = ({ from, to }: DateRange, month: string) =>
  (!from || from <= `${month}-01`) && (!to || to >= monthEnd(month))

/**
 * The sum and count of the entries in the range: the months it covers from their month rows,
 * the days of the (at most two) months it cuts from their day rows.
 */
function tallyIn(rows: MetricRows, range: DateRange): Tally {
  const whole = rows.months.filter((row) => covers(range, row.period.slice(1)))
  const cut = rows.days.filter((row) => {
    const day = dayOf(row)
    return inRange(day, range) && !covers(range, day.slice(0, 7))
  })
  const a = tally(whole)
  const b = tally(cut)
  return { sum: a.sum + b.sum, count: a.count + b.count }
}

const valueOf = (unit: MetricDefinition['unit'], { sum, count }: Tally) =>
  count === 0 ? null : isAdditive(unit) ? sum : sum / count

/** The figure, level, progress and series of one metric over a range, from its rollup rows. */
export function metricFigure(
  metric: MetricDefinition,
  rows: MetricRows,
  range: DateRange,
): MetricFigure {
  const additive = isAdditive(metric.unit)
  const inside = tallyIn(rows, range)
  const value = valueOf(metric.unit, inside)
  const upToEnd = tallyIn(rows, { from: '', to: range.to })
  const level = additive ? (metric.baseline ?? 0) + upToEnd.sum : value
  const grain = spanInDays(range) <= DAILY_SPAN ? 'day' : 'month'

  let series: SeriesPoint[]
  if (grain === 'day') {
    series = rows.days
      .filter((row) => inRange(dayOf(row), range))
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((row) => ({ period: dayOf(row), value: valueOf(metric.unit, row) ?? 0 }))
  } else {
    const months = [...new Set(rows.months.map((row) => row.period.slice(1)))]
    series = months.flatMap((month) => {
      const monthRange = {
        from: range.from && range.from > `${month}-01` ? range.from : `${month}-01`,
        to: range.to && range.to < monthEnd(month) ? range.to : monthEnd(month),
      }
      if (monthRange.from > monthRange.to) return []
      const inMonth = valueOf(metric.unit, tallyIn(rows, monthRange))
      return inMonth === null ? [] : [{ period: month, value: inMonth }]
    })
  }
  if (additive) series = withGaps(series, grain)
  return {
    metric,
    value,
    entries: inside.count,
    level: additive && upToEnd.count === 0 && metric.baseline === undefined ? null : level,
    progress: metricProgress(metric, additive ? level : value),
    grain,
    series,
  }
}

const nextPeriod = (period: string, grain: 'day' | 'month') => {
  if (grain === 'day') return addDays(period, 1)
  const [year, month] = period.split('-').map(Number)
  return month === 12 ? `${year! + 1}-01` : `${year}-${String(month! + 1).padStart(2, '0')}`
}

/** A sum's series with its quiet days or months as zeros, so the chart's axis keeps time. */
export function withGaps(series: SeriesPoint[], grain: 'day' | 'month'): SeriesPoint[] {
  const filled: SeriesPoint[] = []
  for (const point of series) {
    const last = filled[filled.length - 1]
    if (last) {
      for (let p = nextPeriod(last.period, grain); p < point.period; p = nextPeriod(p, grain)) {
        filled.push({ period: p, value: 0 })
      }
    }
    filled.push(point)
  }
  return filled
}

/** Every metric's figure over the range, read from the rollups. */
export async function readMetricFigures(
  metrics: readonly MetricDefinition[],
  range: DateRange,
): Promise<MetricFigure[]> {
  const rows = await Promise.all(metrics.map((metric) => readMetricRows(metric.id, range)))
  return metrics.map((metric, index) => metricFigure(metric, rows[index]!, range))
}
