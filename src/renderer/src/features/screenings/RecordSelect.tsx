import { Select, type SelectProps } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIVE } from '../../../../shared/domain/record'
import { queryWords } from '../../../../shared/text/searchWords'
import { db } from '../../db/db'

type RecordSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  kind: 'organizations' | 'contacts'
  value: string | null
  onChange: (id: string | null) => void
}

/**
 * A partner or contact chosen by typing: candidates come from the `searchWords` index, 20 at a
 * time, so a workspace of 10,000 partners is never read whole (as in AffiliationList).
 */
export function RecordSelect({ kind, value, onChange, ...props }: RecordSelectProps) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const options = useLiveQuery(async () => {
    const table = kind === 'organizations' ? db.organizations : db.contacts
    // After a pick the search shows the whole name; its first word still finds it.
    const word = queryWords(query)[0]
    const found = word
      ? await table.where('searchWords').startsWith(word).limit(20).toArray()
      : await table.limit(20).toArray()
    const chosen = value ? await table.get(value) : undefined
    return [...(chosen ? [chosen] : []), ...found]
      .filter((record) => record.deletedAt === LIVE)
      .map((record) => ({
        value: record.id,
        label: 'name' in record ? record.name : `${record.firstName} ${record.lastName}`.trim(),
      }))
      .filter((option, index, all) => all.findIndex((o) => o.value === option.value) === index)
  }, [kind, query, value])

  return (
    <Select
      {...props}
      searchable
      clearable
      data={options ?? []}
      value={value}
      onChange={onChange}
      searchValue={query}
      onSearchChange={setQuery}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('table.noMatches')}
    />
  )
}
