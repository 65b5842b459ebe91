import { Select, type SelectProps } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { foldForSearch } from '../../../../shared/text/foldForSearch'
import { db } from '../../db/db'
import { useLocale } from '../../i18n/useLocale'
import { screeningDay } from './screeningDay'
import { partnersOf, screeningsOf, searchOrganizations } from '../campaigns/campaignQueries'

type ScopeSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  campaignId: string
  value: string
  onChange: (scope: string) => void
}

/**
 * Where a value belongs: the campaign, one of its screenings, or a partner. The campaign's own
 * partners are listed; any other partner is found by typing, through the `searchWords` index.
 */
export function ScopeSelect({ campaignId, value, onChange, ...props }: ScopeSelectProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [query, setQuery] = useState('')
  const data = useLiveQuery(async () => {
    const chosenOrg = value.startsWith('organization:') ? value.slice(13) : undefined
    const [campaign, screenings, partners, found, chosen] = await Promise.all([
      db.campaigns.get(campaignId),
      screeningsOf(campaignId),
      partnersOf(campaignId),
      searchOrganizations(query, 20),
      chosenOrg ? db.organizations.get(chosenOrg) : undefined,
    ])
    const orgs = [...(chosen ? [chosen] : []), ...partners, ...found].filter(
      (org, index, all) => all.findIndex((o) => o.id === org.id) === index,
    )
    return [
      {
        group: t('metrics.scope.campaign'),
        items: [{ value: 'campaign', label: campaign?.title ?? t('metrics.scope.campaign') }],
      },
      {
        group: t('metrics.scope.screenings'),
        items: screenings.map((s) => {
          const day = screeningDay(s)
          return {
            value: `screening:${s.id}`,
            label: day ? `${s.title} · ${format.date(day)}` : s.title,
          }
        }),
      },
      {
        group: t('metrics.scope.partners'),
        items: orgs.map((o) => ({ value: `organization:${o.id}`, label: o.name })),
      },
    ].filter((group) => group.items.length > 0)
  }, [campaignId, query, value, t, format])

  return (
    <Select
      {...props}
      searchable
      allowDeselect={false}
      data={data ?? []}
      value={value}
      onChange={(next) => next && onChange(next)}
      searchValue={query}
      onSearchChange={setQuery}
      // Accents folded, as everywhere: "pena" finds "Peña".
      filter={({ options, search }) => {
        const words = foldForSearch(search).split(/\s+/).filter(Boolean)
        const matches = (label: string) => words.every((w) => foldForSearch(label).includes(w))
        return options
          .map((item) =>
            'group' in item ? { ...item, items: item.items.filter((o) => matches(o.label)) } : item,
          )
          .filter((item) => ('group' in item ? item.items.length > 0 : matches(item.label)))
      }}
      nothingFoundMessage={t('table.noMatches')}
    />
  )
}
