const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** A file's size as people read it ("12 KB", "3.4 MB"), in the locale's own words. */
export function formatFileSize(bytes: number, localeTag: string): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(localeTag, {
    style: 'unit',
    unit: units[unit],
    // "912 bytes" reads better than the short "912 byte"; larger units read best short.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value)
}
