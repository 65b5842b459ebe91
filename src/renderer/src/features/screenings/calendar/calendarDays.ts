/** A month in the calendar: its year and its month, 1 to 12. */
export type Month = { year: number; month: number }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `YYYY-MM-DD` of a UTC date; the grid's days are calendar dates, not instants. */
const isoDay = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone: a screening at
 * 2024-04-29T02:00Z in America/Toronto happens on the evening of 28 April, and that is the day
 * its audience and host know it by, wherever the person planning it sits.
 */
export function dayInZone(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD; formatToParts keeps us independent of that anyway.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    dayFormats.set(timeZone, format)
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** The month a calendar date (`YYYY-MM-DD`) belongs to. */
export function monthOf(isoDate: string): Month {
  const [year, month] = isoDate.split('-').map(Number)
  return { year: year!, month: month! }
}

/** The month `delta` months after (or before) the given one. */
export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** `YYYY-MM`, as the calendar's address shows it. */
export function monthKey({ year, month }: Month): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/** A `YYYY-MM` from the address, or null when it is not one. */
export function parseMonthKey(key: string | null | undefined): Month | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key ?? '')
  if (!match) return null
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  return { year: Number(match[1]), month }
}

/**
 * The instants to read for a month: from the day before it starts to the day after it ends, in
 * UTC. Every time zone is within 14 hours of UTC, so a screening on any day of the month, in its
 * own zone, starts inside this range.
 */
export function monthRange({ year, month }: Month): { from: string; to: string } {
  const before = new Date(Date.UTC(year, month - 1, 0))
  const after = new Date(Date.UTC(year, month, 1))
  return { from: `${isoDay(before)}T00:00:00.000Z`, to: `${isoDay(after)}T23:59:59.999Z` }
}

/**
 * The month as weeks of seven calendar dates, starting on `firstDay` (0 Sunday … 6 Saturday)
 * and padded with the days of the months around it.
 */
export function monthGrid({ year, month }: Month, firstDay: number): string[][] {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const lead = (first.getUTCDay() - firstDay + 7) % 7
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const weeks = Math.ceil((lead + daysInMonth) / 7)
  return Array.from({ length: weeks }, (_, week) =>
    Array.from({ length: 7 }, (_, day) =>
      isoDay(new Date(Date.UTC(year, month - 1, 1 - lead + week * 7 + day))),
    ),
  )
}

/** Weekday fallbacks where the runtime cannot tell a locale's first day of the week. */
const firstDayFallback: Record<string, number> = { en: 0, ar: 6 }

/**
 * The first day of the week (0 Sunday … 6 Saturday) in a locale, from the platform's own week
 * data: Sunday in the United States, Monday in France, Saturday in much of the Arab world.
 */
export function firstDayOfWeek(tag: string): number {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    const info = locale.getWeekInfo?.() ?? locale.weekInfo
    // Intl numbers the days 1 (Monday) to 7 (Sunday).
    if (info) return info.firstDay % 7
  } catch {
    // An unknown tag: fall through to the table.
  }
  return firstDayFallback[tag.split('-')[0]!] ?? 1
}

/** Screenings grouped by the day they happen in their own zone, each day in time order. */
export function groupByDay<T extends { startsAt?: string; timeZone: string }>(
  screenings: T[],
): Map<string, T[]> {
  const days = new Map<string, T[]>()
  const dated = screenings
    .filter((screening) => screening.startsAt)
    .sort((a, b) => a.startsAt!.localeCompare(b.startsAt!))
  for (const screening of dated) {
    const day = dayInZone(screening.startsAt!, screening.timeZone)
    const list = days.get(day)
    if (list) list.push(screening)
    else days.set(day, [screening])
  }
  return days
}

const timeFormats = new Map<string, Intl.DateTimeFormat>()

/** The time of an instant in a zone, with the zone's abbreviation: "10:00 PM EDT". */
export function timeInZone(instant: string, timeZone: string, tag: string): string {
  const key = `${tag}|${timeZone}`
  let format = timeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
    timeFormats.set(key, format)
  }
  return format.format(new Date(instant))
}

/** The date and time of an instant in a zone, with the zone's abbreviation: "Apr 28, 10:00 PM EDT". */
export function dateTimeInZone(instant: string, timeZone: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant))
}
