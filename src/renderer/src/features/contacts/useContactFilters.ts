import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { db } from '../../db/db'
import type { FilterField } from '../../table/FilterMenu'

/** The contacts table's filters; tags and languages are read from their indexes. */
export function useContactFilters(): FilterField[] {
  const { t } = useTranslation()
  const known = useLiveQuery(async () => {
    const [tags, languages] = await Promise.all([
      db.contacts.orderBy('tags').uniqueKeys(),
      db.contacts.orderBy('preferredLanguage').uniqueKeys(),
    ])
    return { tags, languages }
  })
  const asOptions = (keys: unknown[] = []) =>
    keys.map((key) => ({ value: String(key), label: String(key) }))
  return [
    { field: 'tags', label: t('contacts.fields.tags'), options: asOptions(known?.tags) },
    {
      field: 'preferredLanguage',
      label: t('contacts.fields.preferredLanguage'),
      options: asOptions(known?.languages),
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
