/** A span of calendar days (`YYYY-MM-DD`), both ends included; '' leaves that end open. */
export type DateRange = { from: string; to: string }

export const ALL_TIME: DateRange = { from: '', to: '' }

export const rangePresets = ['all', 'last30', 'last90', 'thisYear', 'lastYear'] as const
export type RangePreset = (typeof rangePresets)[number]

const pad = (n: number) => String(n).padStart(2, '0')
const isoDay = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

/** The day `days` after a calendar date (negative for before). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return isoDay(date)
}

/** The range a preset stands for, counted back from `today` (the user's calendar date). */
export function presetRange(preset: RangePreset, today: string): DateRange {
  const year = Number(today.slice(0, 4))
  switch (preset) {
    case 'all':
      return ALL_TIME
    case 'last30':
      return { from: addDays(today, -29), to: today }
    case 'last90':
      return { from: addDays(today, -89), to: today }
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` }
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }
  }
}

/** Whether a calendar date lies in the range; an undated thing lies only in an open range. */
export function inRange(day: string, { from, to }: DateRange): boolean {
  if (!day) return !from && !to
  return (!from || day >= from) && (!to || day <= to)
}

/** How many days the range spans, or Infinity when an end is open. */
export function spanInDays({ from, to }: DateRange): number {
  if (!from || !to) return Infinity
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1
}

/** The last day of a `YYYY-MM` month. */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number)
  return isoDay(new Date(Date.UTC(year!, m!, 0)))
}
