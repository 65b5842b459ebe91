import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { organizationTypes, partnershipStages } from '../../../../shared/domain/organization'
import { db } from '../../db/db'
import type { FilterField } from '../../table/FilterMenu'

const strengths = ['1', '2', '3', '4', '5']

/** The partners table's filters; tags, countries and languages are read from their indexes. */
export function usePartnerFilters(): FilterField[] {
  const { t } = useTranslation()
  const known = useLiveQuery(async () => {
    const [tags, countries, languages] = await Promise.all([
      db.organizations.orderBy('tags').uniqueKeys(),
      db.organizations.orderBy('country').uniqueKeys(),
      db.organizations.orderBy('languages').uniqueKeys(),
    ])
    return { tags, countries, languages }
  })
  const asOptions = (keys: unknown[] = []) =>
    keys.map((key) => ({ value: String(key), label: String(key) }))
  return [
    {
      field: 'type',
      label: t('organizations.fields.type'),
      options: organizationTypes.map((value) => ({
        value,
        label: t(`organizations.type.${value}`),
      })),
    },
    {
      field: 'stage',
      label: t('organizations.fields.stage'),
      options: partnershipStages.map((value) => ({
        value,
        label: t(`organizations.stage.${value}`),
      })),
    },
    { field: 'tags', label: t('organizations.fields.tags'), options: asOptions(known?.tags) },
    {
      field: 'country',
      label: t('organizations.fields.country'),
      options: asOptions(known?.countries),
    },
    {
      field: 'languages',
      label: t('organizations.fields.languages'),
      options: asOptions(known?.languages),
    },
    {
      field: 'strength',
      label: t('strength.label'),
      numeric: true,
      options: strengths.map((value) => ({
        value,
        label: `${value} · ${t(`strength.meaning.${value}`)}`,
      })),
    },
  ]
}
