/** Every record of the sample has an id that starts with this, so it can be removed exactly. */
export const SAMPLE_PREFIX = 'sample-'

export const sampleId = (name: string) => `${SAMPLE_PREFIX}${name}`

export const SAMPLE_CAMPAIGN_ID = sampleId('campaign-union')

export const isSampleId = (id: string) => id.startsWith(SAMPLE_PREFIX)

/** The sample's season is anchored on the real festival: UNION at Hot Docs, 28 April 2024. */
export const SAMPLE_ANCHOR = '2024-04-28'

/**
 * An instant `days` after the anchor at a local wall-clock time, given the zone's UTC offset
 * that day (hours, e.g. -4 for Toronto and New York in spring), so the season is deterministic.
 */
export function sampleInstant(days: number, time: string, utcOffset: number): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const [y, m, d] = SAMPLE_ANCHOR.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days, hours - utcOffset, minutes)).toISOString()
}

/** A calendar date `days` after the anchor. */
export const sampleDate = (days: number) => sampleInstant(days, '12:00', 0).slice(0, 10)
