import type { DateFormat } from '../csv'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A `YYYY-MM-DD` date in one of the formats the importer reads (`dateFormats`' examples). */
export function formatDate(isoDate: string, format: DateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return isoDate
  const [, y = '', m = '', d = ''] = match
  switch (format) {
    case 'iso':
      return `${y}-${m}-${d}`
    case 'dmySlash':
      return `${d}/${m}/${y}`
    case 'mdySlash':
      return `${m}/${d}/${y}`
    case 'dmyDot':
      return `${Number(d)}.${Number(m)}.${y}`
    case 'dmyDash':
      return `${d}-${m}-${y}`
    case 'ymdSlash':
      return `${y}/${m}/${d}`
    case 'dMonY':
      return `${d} ${months[Number(m) - 1]} ${y}`
    case 'monDY':
      return `${months[Number(m) - 1]} ${Number(d)}, ${y}`
  }
}
