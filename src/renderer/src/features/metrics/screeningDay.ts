import type { Screening } from '../../../../shared/domain/screening'
import { instantToWallClock } from '../../../../shared/time/zonedTime'

/** The calendar day a screening happens on in its own time zone; undefined while undated. */
export function screeningDay(screening: Pick<Screening, 'startsAt' | 'timeZone'>) {
  return screening.startsAt
    ? instantToWallClock(screening.startsAt, screening.timeZone).slice(0, 10)
    : undefined
}
