import { useTranslation } from 'react-i18next'
import { organizationTypes, partnershipStages } from '../../../../shared/domain/organization'
import { db } from '../../db/db'
import { distinctValues } from '../../db/tableQuery'
import type { FilterField, FilterOption } from '../../table/FilterMenu'

const strengths = ['1', '2', '3', '4', '5']

const inUse = (index: string) => async (): Promise<FilterOption[]> =>
  (await distinctValues(db.organizations, index)).map((value) => ({ value, label: value }))
const tagsInUse = inUse('tags')
const countriesInUse = inUse('country')
const languagesInUse = inUse('languages')

/** The partners table's filters; tags, countries and languages in use are read from their indexes when the menu opens. */
export function usePartnerFilters(): FilterField[] {
  const { t } = useTranslation()
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
    { field: 'tags', label: t('organizations.fields.tags'), options: tagsInUse },
    {
      field: 'country',
      label: t('organizations.fields.country'),
      options: countriesInUse,
    },
    {
      field: 'languages',
      label: t('organizations.fields.languages'),
      options: languagesInUse,
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
