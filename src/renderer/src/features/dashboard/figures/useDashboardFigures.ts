import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { metricsOf } from '../../metrics/metricQueries'
import type { DateRange } from './dateRange'
import { readMetricFigures } from './metricFigures'
import { readPartnerNames, readPartnerStages } from './partnerStages'
import { readScreeningFacts } from './screeningFacts'
import { screeningFigures } from './screeningFigures'

/**
 * The metrics' figures over the range, always current: re-read from the rollups when an entry,
 * a metric or the range changes. Undefined while the first answer is read.
 */
export function useMetricFigures(campaignId: string | null, range: DateRange) {
  return useLiveQuery(
    async () => readMetricFigures(await metricsOf(campaignId), range),
    [campaignId, range.from, range.to],
  )
}

/**
 * The screenings' figures over the range. The screenings are read once per change of theirs;
 * a new range is worked out in memory without reading anything.
 */
export function useScreeningFigures(campaignId: string | null, range: DateRange) {
  const facts = useLiveQuery(() => readScreeningFacts(campaignId), [campaignId])
  return useMemo(
    () => facts && screeningFigures(facts, range, new Date().toISOString()),
    [facts, range],
  )
}

export function usePartnerStages(campaignId: string | null) {
  return useLiveQuery(() => readPartnerStages(campaignId), [campaignId])
}

/** The names of these partners, by id; an empty map while they are read. */
export function usePartnerNames(ids: readonly string[]) {
  const key = ids.join(',')
  // `key` stands for the ids: a new array of the same ids reads nothing again.
  const names = useLiveQuery(() => readPartnerNames(ids), [key])
  return names ?? new Map<string, string>()
}
