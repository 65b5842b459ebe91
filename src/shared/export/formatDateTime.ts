import type { DateFormat } from '../csv'
import { instantToWallClock, wallClockToInstant } from '../time/zonedTime'
import { formatDate } from './formatDate'

const pad = (n: number) => String(Math.floor(n)).padStart(2, '0')

/**
 * An instant as the screening's own wall clock. ISO writes the zone's offset too
 * ("2024-04-28T18:30-04:00"), which the importer reads as that exact instant; another date
 * format writes the wall clock ("28/04/2024 18:30"), which the importer places in the row's
 * time zone, unless that would not give the same instant back (seconds, which the importer's
 * wall clock drops, or the second of the hour clocks repeat when they fall back): then the ISO
 * form. An instant no offset can say (milliseconds, a zone offset in seconds as before 1900 in
 * some zones) is written as it is stored, in UTC.
 */
export function formatDateTime(instant: string, timeZone: string, format: DateFormat): string {
  const at = Date.parse(instant)
  if (Number.isNaN(at)) return instant
  let wall: string
  try {
    wall = instantToWallClock(instant, timeZone)
  } catch {
    return instant
  }
  const offsetMinutes = (Date.parse(`${wall.replace(' ', 'T')}Z`) - at) / 60_000
  if (at % 1000 !== 0 || !Number.isInteger(offsetMinutes)) return new Date(at).toISOString()
  const seconds = !wall.endsWith(':00')
  const time = seconds ? wall.slice(11, 19) : wall.slice(11, 16)
  if (format !== 'iso' && !seconds && Date.parse(wallClockToInstant(wall, timeZone) ?? '') === at)
    return `${formatDate(wall.slice(0, 10), format)} ${time}`
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${wall.slice(0, 10)}T${time}${sign}${pad(abs / 60)}:${pad(abs % 60)}`
}
