export type TimeResult =
  { ok: true; value: string } | { ok: false; code: 'invalidDate' | 'impossibleDate' }

// "19:00", "19:00:00", "7:00 PM", "7pm", "7.30 p.m.", "19h00", "19 h", "19h30".
const TIME = /^(\d{1,2})(?:\s*(?:[:.]|h)\s*(\d{2})?)?(?:[:.](\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i

/**
 * A time of day as `HH:mm`, as schedules write it: 24-hour with a colon, a dot or an "h" (French
 * and Haitian "19h00"), or 12-hour with am/pm. Seconds are read and dropped: a start is to the
 * minute. "25:00", "13 pm" and "7:60" are refused rather than rolled over.
 */
export function parseTime(text: string): TimeResult {
  const match = TIME.exec(text.trim())
  if (!match) return { ok: false, code: 'invalidDate' }
  const [, hourText, minuteText, secondText, meridiem] = match
  // "7" alone is no time (it may be a count): a bare hour needs an "h" or am/pm.
  if (minuteText === undefined && !meridiem && !/h/i.test(text))
    return { ok: false, code: 'invalidDate' }
  let hours = Number(hourText)
  const minutes = Number(minuteText ?? 0)
  if (minutes > 59 || Number(secondText ?? 0) > 59) return { ok: false, code: 'impossibleDate' }
  if (meridiem) {
    if (hours < 1 || hours > 12) return { ok: false, code: 'impossibleDate' }
    if (meridiem.toLowerCase() === 'p' && hours < 12) hours += 12
    if (meridiem.toLowerCase() === 'a' && hours === 12) hours = 0
  }
  if (hours > 23) return { ok: false, code: 'impossibleDate' }
  return {
    ok: true,
    value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
  }
}
