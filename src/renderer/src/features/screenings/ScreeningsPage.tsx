import { Button } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { db } from '../../db/db'
import { useLocale } from '../../i18n/useLocale'
import { TableScreen } from '../../table/TableScreen'
import { useCampaignScope } from '../campaigns/useCampaignScope'
import { ExportButton } from '../exports/ExportButton'
import { DateRangeMenu } from './DateRangeMenu'
import { NewScreeningModal } from './NewScreeningModal'
import { ScreeningsViewSwitch } from './ScreeningsViewSwitch'
import { defaultScreeningColumns, screeningColumns } from './screeningColumns'
import { screeningRepo } from './screeningRepo'
import { useScreeningFilters } from './useScreeningFilters'
import { START_RANGE, readScreeningSets } from './screeningSets'

const initial = {
  search: '',
  filters: {},
  sortBy: 'startKey',
  direction: 'asc' as const,
  columns: defaultScreeningColumns,
}

/**
 * Screenings as a table, plus a start date range: a range of one index rather than values of
 * it, so it lives in the table state's filters (saved with views) under its own key.
 */
export function ScreeningsPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [creating, setCreating] = useState(false)
  const columns = useMemo(() => screeningColumns(t, format), [t, format])
  const scope = useCampaignScope('campaignId')

  return (
    <>
      <TableScreen
        entity="screenings"
        title={t('screenings.title')}
        table={db.screenings}
        isEmpty={screeningRepo.isEmpty}
        columns={columns}
        initial={initial}
        filters={useScreeningFilters()}
        searchLabel={t('screenings.search')}
        newLabel={t('screenings.new')}
        onNew={() => setCreating(true)}
        empty={{
          title: t('screenings.emptyTitle'),
          body: t('screenings.emptyBody'),
          action: (
            <Button variant="light" onClick={() => setCreating(true)}>
              {t('screenings.new')}
            </Button>
          ),
        }}
        openPath={(id) => `/screenings/${id}`}
        headerExtra={<ScreeningsViewSwitch />}
        scope={scope}
        readSets={readScreeningSets}
        ownFilters={[START_RANGE]}
        toolbar={(table) => {
          const [from = '', to = ''] = (table.state.filters[START_RANGE] ?? []).map(String)
          return (
            <>
              <DateRangeMenu
                from={from}
                to={to}
                onChange={(range) =>
                  table.setFilter(START_RANGE, range[0] || range[1] ? range : [])
                }
              />
              <ExportButton
                entity="screenings"
                table={db.screenings}
                state={table}
                scope={scope}
                readSets={readScreeningSets}
              />
            </>
          )
        }}
      />
      <NewScreeningModal opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
