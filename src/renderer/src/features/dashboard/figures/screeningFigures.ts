import type { ScreeningFact } from './screeningFacts'
import { type DateRange, inRange } from './dateRange'

/** Held or reported: the screening took place and its figures are on record. */
export const tookPlace = (fact: ScreeningFact) =>
  fact.status === 'held' || fact.status === 'reported'

/** Not cancelled, not yet held, and starting at or after `now`. */
export const isUpcoming = (fact: ScreeningFact, now: string) =>
  !tookPlace(fact) && fact.status !== 'cancelled' && fact.startKey !== '' && fact.startKey >= now

/** A group of screenings in a breakdown: how many took place and how many people came. */
export type Breakdown<K extends string = string> = { key: K; held: number; attendance: number }

export type ScreeningFigures = {
  held: number
  upcoming: number
  /** Total attendance of the held screenings that report one; `estimated` of it is estimated. */
  attendance: { total: number; estimated: number; screenings: number; average: number | null }
  /** Attendance over RSVPs, over the held screenings that report both. */
  rsvp: { attended: number; rsvps: number; screenings: number; rate: number | null }
  /** Held screenings with captions (closed or open), audio description and ASL. */
  access: { captions: number; audioDescription: number; asl: number }
  byType: Breakdown[]
  byCountry: Breakdown[]
  byRegion: Breakdown[]
  /** Each partner (host or co-presenter) with the screenings it took part in. */
  byPartner: Breakdown[]
}

function group(facts: readonly ScreeningFact[], keysOf: (fact: ScreeningFact) => string[]) {
  const groups = new Map<string, Breakdown>()
  for (const fact of facts) {
    for (const key of keysOf(fact)) {
      const group = groups.get(key) ?? { key, held: 0, attendance: 0 }
      group.held += 1
      group.attendance += fact.attendance ?? 0
      groups.set(key, group)
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.held - a.held || b.attendance - a.attendance || a.key.localeCompare(b.key),
  )
}

/**
 * The figures the screenings themselves give, over a range of days (each screening on its day in
 * its own time zone). Everything but `upcoming` counts the screenings that took place.
 */
export function screeningFigures(
  facts: readonly ScreeningFact[],
  range: DateRange,
  now: string,
): ScreeningFigures {
  const inside = facts.filter((fact) => inRange(fact.day, range))
  const held = inside.filter(tookPlace)
  const counted = held.filter((fact) => fact.attendance !== undefined)
  const total = counted.reduce((sum, fact) => sum + fact.attendance!, 0)
  const withRsvps = counted.filter((fact) => (fact.rsvps ?? 0) > 0)
  const attended = withRsvps.reduce((sum, fact) => sum + fact.attendance!, 0)
  const rsvps = withRsvps.reduce((sum, fact) => sum + fact.rsvps!, 0)
  return {
    held: held.length,
    upcoming: inside.filter((fact) => isUpcoming(fact, now)).length,
    attendance: {
      total,
      estimated: counted
        .filter((fact) => fact.attendanceEstimated)
        .reduce((sum, fact) => sum + fact.attendance!, 0),
      screenings: counted.length,
      average: counted.length > 0 ? total / counted.length : null,
    },
    rsvp: {
      attended,
      rsvps,
      screenings: withRsvps.length,
      rate: rsvps > 0 ? attended / rsvps : null,
    },
    access: {
      captions: held.filter((fact) => fact.captions).length,
      audioDescription: held.filter((fact) => fact.audioDescription).length,
      asl: held.filter((fact) => fact.asl).length,
    },
    byType: group(held, (fact) => [fact.type]),
    byCountry: group(held, (fact) => [fact.country]),
    byRegion: group(held, (fact) => [fact.region]),
    byPartner: group(held, (fact) => fact.partnerIds),
  }
}
