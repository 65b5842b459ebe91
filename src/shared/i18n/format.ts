import { type Locale, formatLocaleOf } from './locales'

/** Dates, times and numbers in the user's language; a screening's times in its own time zone. */
export function createFormatters(locale: Locale) {
  const tag = formatLocaleOf(locale)
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' })
  const number = new Intl.NumberFormat(tag)
  return {
    /** A calendar date (`YYYY-MM-DD`), the same day wherever the user is. */
    date: (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`)),
    /** An instant, in the given time zone (the user's own when none is given). */
    dateTime: (isoInstant: string, timeZone?: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
        new Date(isoInstant),
      ),
    number: (value: number) => number.format(value),
  }
}

export type Formatters = ReturnType<typeof createFormatters>
