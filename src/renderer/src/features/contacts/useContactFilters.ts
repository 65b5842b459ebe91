import { useTranslation } from 'react-i18next'
import { db } from '../../db/db'
import { distinctValues } from '../../db/tableQuery'
import type { FilterField, FilterOption } from '../../table/FilterMenu'

const inUse = (index: string) => async (): Promise<FilterOption[]> =>
  (await distinctValues(db.contacts, index)).map((value) => ({ value, label: value }))
const tagsInUse = inUse('tags')
const languagesInUse = inUse('preferredLanguage')

/** The contacts table's filters; tags and languages in use are read from their indexes when the menu opens. */
export function useContactFilters(): FilterField[] {
  const { t } = useTranslation()
  return [
    { field: 'tags', label: t('contacts.fields.tags'), options: tagsInUse },
    {
      field: 'preferredLanguage',
      label: t('contacts.fields.preferredLanguage'),
      options: languagesInUse,
    },
    {
      field: 'strength',
      label: t('strength.label'),
      numeric: true,
      options: ['1', '2', '3', '4', '5'].map((value) => ({
        value,
        label: `${value} · ${t(`strength.meaning.${value}`)}`,
      })),
    },
  ]
}
