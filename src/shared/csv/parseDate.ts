/** The date formats the user picks from, each with an example for the picker. */
export const dateFormats = {
  iso: { order: 'ymd', example: '2024-04-28' },
  dmySlash: { order: 'dmy', example: '28/04/2024' },
  mdySlash: { order: 'mdy', example: '04/28/2024' },
  dmyDot: { order: 'dmy', example: '28.4.2024' },
  dmyDash: { order: 'dmy', example: '28-04-2024' },
  ymdSlash: { order: 'ymd', example: '2024/04/28' },
  dMonY: { order: 'dmy', example: '28 Apr 2024' },
  monDY: { order: 'mdy', example: 'Apr 28, 2024' },
} as const

export type DateFormat = keyof typeof dateFormats

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export type DateResult =
  { ok: true; value: string } | { ok: false; code: 'invalidDate' | 'impossibleDate' }

/**
 * A calendar date in the chosen format, as `YYYY-MM-DD`. Any of / - . separates the parts
 * (people mix them), years have four digits, and a day that does not exist (2024-02-30,
 * 31/04/2024) is refused rather than rolled into the next month. ISO also takes an ISO instant
 * ("2024-04-28T18:00:00Z") or Eventbrite's "2024-04-28 18:00:00" and keeps its date.
 */
export function parseDate(text: string, format: DateFormat): DateResult {
  const trimmed = text.trim()
  let parts: number[]
  const order = dateFormats[format].order
  if (format === 'dMonY') {
    const match = /^(\d{1,2})[\s.-]+([a-z]{3})[a-z]*\.?[\s.-]+(\d{4})$/i.exec(trimmed)
    const month = match ? months.indexOf((match[2] as string).toLowerCase()) + 1 : 0
    if (!match || month === 0) return { ok: false, code: 'invalidDate' }
    parts = [Number(match[1]), month, Number(match[3])]
  } else if (format === 'monDY') {
    // As US tools write it: "Apr 28, 2024", "April 28 2024", "Sunday, April 28, 2024".
    const match =
      /^(?:[a-z]+,\s*)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(trimmed)
    const month = match ? months.indexOf((match[1] as string).toLowerCase()) + 1 : 0
    if (!match || month === 0) return { ok: false, code: 'invalidDate' }
    parts = [month, Number(match[2]), Number(match[3])]
  } else {
    const body =
      format === 'iso'
        ? trimmed.replace(/[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '')
        : trimmed
    const match = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(body)
    if (!match) return { ok: false, code: 'invalidDate' }
    parts = [Number(match[1]), Number(match[2]), Number(match[3])]
    const yearAt = order === 'ymd' ? 0 : 2
    if ((match[yearAt + 1] as string).length !== 4) return { ok: false, code: 'invalidDate' }
  }
  const [a, b, c] = parts as [number, number, number]
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b]
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return { ok: false, code: 'impossibleDate' }
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
}
