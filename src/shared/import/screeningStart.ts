import { readWallClock } from '../time/zonedTime'

/** Which instant a local time stands for when the clocks change: see `readWallClock`. */
export const clockChoices = ['earlier', 'later'] as const
export type ClockChoice = (typeof clockChoices)[number]

/**
 * A start whose local time the clocks skip (`gap`) or repeat (`overlap`) in the screening's
 * zone: the time as written, the two instants it can be, and the one that will be stored.
 */
export type ClockChange = {
  kind: 'gap' | 'overlap'
  /** The local time read from the row, `YYYY-MM-DDTHH:mm`. */
  wall: string
  timeZone: string
  earlier: string
  later: string
  chosen: ClockChoice
}

/** Without a choice: past a skipped hour (as clocks read after it), the first of a repeated one. */
export const defaultClockChoice = (kind: ClockChange['kind']): ClockChoice =>
  kind === 'gap' ? 'later' : 'earlier'

export type ScreeningStart = { startsAt?: string; clockChange?: ClockChange; needsDate?: true }

/**
 * A screening's start from what its row gives: a date and time in one column (`startsAt`), or a
 * date (`startDate`, which may carry a time) and a time (`startTime`) in columns of their own.
 * A local time is read in the screening's zone; an instant (ending in Z) is kept as it is.
 * A time without a date cannot place the screening and asks for one.
 */
export function screeningStart(
  values: { startsAt?: unknown; startDate?: unknown; startTime?: unknown },
  timeZone: string,
  choice?: ClockChoice,
): ScreeningStart {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
  const date = text(values.startDate)
  const time = text(values.startTime)
  const wall = text(values.startsAt) ?? (date && time ? `${date.slice(0, 10)}T${time}` : date)
  if (!wall) return time ? { needsDate: true } : {}
  if (wall.endsWith('Z')) return { startsAt: wall }
  const reading = knownZone(timeZone) ? readWallClock(wall, timeZone) : undefined
  // Left as written, the start fails the record's check beside the zone the runtime refused.
  if (!reading) return { startsAt: wall }
  if (reading.kind === 'exact') return { startsAt: reading.earlier }
  const chosen = choice ?? defaultClockChoice(reading.kind)
  return {
    startsAt: reading[chosen],
    clockChange: { kind: reading.kind, wall, timeZone, ...pick(reading), chosen },
  }
}

function knownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

const pick = ({ earlier, later }: { earlier: string; later: string }) => ({ earlier, later })
