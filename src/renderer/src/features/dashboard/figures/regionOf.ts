/** The world regions the dashboard counts reach in, from a screening's time zone. */
export const regions = ['americas', 'europe', 'africa', 'asia', 'oceania', 'other'] as const
export type Region = (typeof regions)[number]

const areas: Record<string, Region> = {
  America: 'americas',
  Europe: 'europe',
  Africa: 'africa',
  Asia: 'asia',
  Australia: 'oceania',
  Pacific: 'oceania',
  Atlantic: 'other',
  Indian: 'other',
  Antarctica: 'other',
}

/**
 * The region a screening took place in, read from its IANA time zone's area
 * ("America/Toronto" is in the Americas): every screening has a zone, chosen from a list, while
 * its country is free text. '' when the zone names no place (UTC, Etc/…).
 */
export function regionOf(timeZone: string): Region | '' {
  return areas[timeZone.split('/')[0] ?? ''] ?? ''
}
