import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import {
  accessibilityFlags,
  screeningStatuses,
  screeningTypes,
} from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import type { FilterField } from '../../table/FilterMenu'

/** At most this many partners are offered; they are the ones that host or co-present. */
const PARTNER_OPTIONS = 200

/**
 * The screenings table's filters. Partners are read from the screenings' own `partnerIds`
 * index (the partners that have screenings), never the whole organizations table.
 */
export function useScreeningFilters(): FilterField[] {
  const { t } = useTranslation()
  const known = useLiveQuery(async () => {
    const [countries, partnerIds] = await Promise.all([
      db.screenings.orderBy('country').uniqueKeys(),
      db.screenings.orderBy('partnerIds').uniqueKeys(),
    ])
    const partners = await db.organizations.bulkGet(
      partnerIds.slice(0, PARTNER_OPTIONS).map(String),
    )
    return {
      countries: countries.map(String).filter(Boolean),
      partners: partners
        .flatMap((org) => (org ? [{ value: org.id, label: org.name }] : []))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }
  })
  const enumOptions = (values: readonly string[], ns: string) =>
    values.map((value) => ({ value, label: t(`screenings.${ns}.${value}`) }))
  return [
    {
      field: 'status',
      label: t('screenings.fields.status'),
      options: enumOptions(screeningStatuses, 'status'),
    },
    {
      field: 'type',
      label: t('screenings.fields.type'),
      options: enumOptions(screeningTypes, 'type'),
    },
    {
      field: 'accessFeatures',
      label: t('screenings.fields.accessibility'),
      options: enumOptions(accessibilityFlags, 'access'),
    },
    { field: 'partnerIds', label: t('screenings.fields.partner'), options: known?.partners ?? [] },
    {
      field: 'country',
      label: t('screenings.fields.country'),
      options: (known?.countries ?? []).map((value) => ({ value, label: value })),
    },
  ]
}
