import { useTranslation } from 'react-i18next'
import {
  accessibilityFlags,
  screeningStatuses,
  screeningTypes,
} from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { distinctValues } from '../../db/tableQuery'
import type { FilterField, FilterOption } from '../../table/FilterMenu'

/** At most this many partners are offered; they are the ones that host or co-present. */
const PARTNER_OPTIONS = 200

async function countriesInUse(): Promise<FilterOption[]> {
  return (await distinctValues(db.screenings, 'country')).map((value) => ({ value, label: value }))
}

/** The partners that host or co-present screenings, by name. */
async function partnersInUse(): Promise<FilterOption[]> {
  const ids = await distinctValues(db.screenings, 'partnerIds', PARTNER_OPTIONS)
  const partners = await db.organizations.bulkGet(ids)
  return partners
    .flatMap((org) => (org ? [{ value: org.id, label: org.name }] : []))
    .sort((a, b) => a.label.localeCompare(b.label))
}

/**
 * The screenings table's filters. Partners are read from the screenings' own `partnerIds`
 * index (the partners that have screenings), never the whole organizations table.
 */
export function useScreeningFilters(): FilterField[] {
  const { t } = useTranslation()
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
    { field: 'partnerIds', label: t('screenings.fields.partner'), options: partnersInUse },
    {
      field: 'country',
      label: t('screenings.fields.country'),
      options: countriesInUse,
    },
  ]
}
