import type { TFunction } from 'i18next'
import type { Formatters } from '../../../../shared/i18n/format'

/** The tables people count by, with the sidebar's names for them. */
const shown = [
  ['campaigns', 'nav.campaigns'],
  ['organizations', 'nav.partners'],
  ['contacts', 'nav.contacts'],
  ['screenings', 'nav.screenings'],
] as const

/** "Campaigns 2 · Partners 40 · …": what a backup holds, by the sections users know. */
export function backupCountsText(
  counts: Record<string, number>,
  t: TFunction,
  format: Formatters,
): string {
  return shown
    .map(([table, label]) => `${t(label)} ${format.number(counts[table] ?? 0)}`)
    .join(' · ')
}
