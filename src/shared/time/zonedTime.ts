/**
 * Wall-clock times in a named time zone and the UTC instants they stand for. A screening's start
 * is entered and shown in the screening's own zone, whatever zone the laptop is in.
 */

const partsFormat = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string) {
  let format = partsFormat.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partsFormat.set(timeZone, format)
  }
  return format
}

/** The wall clock of `epochMs` in `timeZone`, read back as if it were UTC (ms). */
function wallAsUtc(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour! % 24,
    parts.minute!,
    parts.second!,
  )
}

const wallPattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/

/**
 * How a wall-clock time reads in a zone: once (`exact`), not at all because the clocks skip it
 * (`gap`), or twice because they repeat it (`overlap`). `earlier` and `later` are the two
 * instants it can stand for, read with the zone's offsets before and after the change (the same
 * instant when exact): in a gap, `later` is the time moved forward past the gap and `earlier`
 * moved back before it; in an overlap they are the first and the second occurrence.
 */
export type WallClockReading = {
  kind: 'exact' | 'gap' | 'overlap'
  earlier: string
  later: string
}

/** How `wall` (`YYYY-MM-DD HH:mm[:ss]`) reads in `timeZone`; undefined when it is no wall clock. */
export function readWallClock(wall: string, timeZone: string): WallClockReading | undefined {
  const match = wallPattern.exec(wall)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[]
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s!)
  // The zone's offset one day either side covers any transition near the wanted time.
  const offsets = [
    wallAsUtc(asUtc - 86_400_000, timeZone) - (asUtc - 86_400_000),
    wallAsUtc(asUtc + 86_400_000, timeZone) - (asUtc + 86_400_000),
  ]
  const candidates = [...new Set(offsets.map((offset) => asUtc - offset))].sort((a, b) => a - b)
  const exact = candidates.filter((instant) => wallAsUtc(instant, timeZone) === asUtc)
  const iso = (ms: number) => new Date(ms).toISOString()
  if (exact.length === 1) return { kind: 'exact', earlier: iso(exact[0]!), later: iso(exact[0]!) }
  return {
    kind: exact.length ? 'overlap' : 'gap',
    earlier: iso(candidates[0]!),
    later: iso(candidates[candidates.length - 1]!),
  }
}

/**
 * The UTC instant (ISO) of a wall-clock time (`YYYY-MM-DD HH:mm[:ss]`) in `timeZone`. A time the
 * clocks skip (spring forward) moves forward by the gap; a time they repeat (fall back) is the
 * first of the two (see `readWallClock` to tell them apart). Undefined when the text is not a
 * wall-clock time.
 */
export function wallClockToInstant(wall: string, timeZone: string): string | undefined {
  const reading = readWallClock(wall, timeZone)
  if (!reading) return undefined
  return reading.kind === 'gap' ? reading.later : reading.earlier
}

/** The wall clock (`YYYY-MM-DD HH:mm:ss`) of a UTC instant in `timeZone`. */
export function instantToWallClock(isoInstant: string, timeZone: string): string {
  return new Date(wallAsUtc(Date.parse(isoInstant), timeZone))
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ')
}

/** The zone's short name at that instant in that language: "EDT", "CET", "GMT+9". */
export function zoneAbbreviation(isoInstant: string, timeZone: string, localeTag: string) {
  return (
    new Intl.DateTimeFormat(localeTag, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(isoInstant))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  )
}

/** The instants bounding whole days `from`..`to` (`YYYY-MM-DD`, either open) in `timeZone`. */
export function dayRange(from: string, to: string, timeZone: string) {
  const next = (day: string) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return {
    lower: from ? wallClockToInstant(`${from} 00:00`, timeZone) : undefined,
    upper: to ? wallClockToInstant(`${next(to)} 00:00`, timeZone) : undefined,
  }
}

/** Every IANA zone the runtime knows, UTC included (some runtimes list it under Etc only). */
export function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes('UTC') ? zones : ['UTC', ...zones]
}

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
