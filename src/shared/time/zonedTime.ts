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
 * The UTC instant (ISO) of a wall-clock time (`YYYY-MM-DD HH:mm[:ss]`) in `timeZone`. A time the
 * clocks skip (spring forward) moves forward by the gap; a time they repeat (fall back) is the
 * first of the two. Undefined when the text is not a wall-clock time.
 */
export function wallClockToInstant(wall: string, timeZone: string): string | undefined {
  const match = wallPattern.exec(wall)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[]
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s!)
  // The zone's offset one day either side covers any transition near the wanted time.
  const offsets = [
    wallAsUtc(asUtc - 86_400_000, timeZone) - (asUtc - 86_400_000),
    wallAsUtc(asUtc + 86_400_000, timeZone) - (asUtc + 86_400_000),
  ]
  const exact = offsets
    .map((offset) => asUtc - offset)
    .filter((instant) => wallAsUtc(instant, timeZone) === asUtc)
    .sort((a, b) => a - b)
  // In a skipped hour no instant has this wall clock: the offset from before the gap applies.
  const instant = exact[0] ?? asUtc - offsets[0]!
  return new Date(instant).toISOString()
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
