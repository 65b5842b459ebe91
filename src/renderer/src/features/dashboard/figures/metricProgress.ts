import type { MetricDefinition } from '../../../../../shared/domain/metricDefinition'

/**
 * Counts, people and money add up: each entry is what happened that day (calls made, people
 * reached, dollars raised). Percentages and ratings do not: each entry is a reading, and a
 * period's figure is the average of its readings.
 */
export function isAdditive(unit: MetricDefinition['unit']): boolean {
  return unit === 'count' || unit === 'people' || unit === 'currency'
}

/**
 * How far a metric has come from its baseline toward its target: 0 at the baseline, 1 at the
 * target, whichever way the metric is meant to move (a target below the baseline is a decrease).
 * For "maintain", 1 while the level holds the target and less the further it strays. Null when
 * there is no target or no level yet. Not clamped: 1.2 is 120% of the target.
 */
export function metricProgress(
  metric: Pick<MetricDefinition, 'baseline' | 'target' | 'direction'>,
  level: number | null,
): number | null {
  const { target, direction } = metric
  if (target === undefined || level === null) return null
  const baseline = metric.baseline ?? 0
  if (direction === 'maintain') {
    const scale = Math.abs(target) || 1
    return Math.max(0, 1 - Math.abs(level - target) / scale)
  }
  if (target === baseline) return level === target ? 1 : 0
  return (level - baseline) / (target - baseline)
}
