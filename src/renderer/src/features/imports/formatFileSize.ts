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
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value)
}
