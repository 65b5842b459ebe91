import type { ExportEntity } from '../../../../shared/export'

const base: Record<ExportEntity, string> = {
  organizations: 'partners',
  contacts: 'contacts',
  screenings: 'screenings',
  metricEntries: 'metric-values',
  campaigns: 'campaigns',
}

/** The name the save dialog suggests: what it holds and the day, "contacts-2026-12-05.csv". */
export function exportFileName(entity: ExportEntity, now = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-')
  return `${base[entity]}-${day}.csv`
}
