import { Button, Group, Kbd, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { db } from '../../db/db'
import { useLocale } from '../../i18n/useLocale'
import { EmptyState } from '../../shell/EmptyState'
import { FullHeight } from '../../shell/FullHeight'
import { PageHeader } from '../../shell/PageHeader'
import { shortcutLabel } from '../../shell/shortcuts'
import { ColumnsMenu } from '../../table/ColumnsMenu'
import { DataTable } from '../../table/DataTable'
import { FilterMenu } from '../../table/FilterMenu'
import { SavedViewsMenu } from '../../table/SavedViewsMenu'
import { SearchInput } from '../../table/SearchInput'
import { ScopeBadge } from '../../table/ScopeBadge'
import { useTableState } from '../../table/useTableState'
import { useCampaignScope } from '../campaigns/useCampaignScope'
import { DateRangeMenu } from './DateRangeMenu'
import { ScreeningsViewSwitch } from './ScreeningsViewSwitch'
import { NewScreeningModal } from './NewScreeningModal'
import { defaultScreeningColumns, screeningColumns } from './screeningColumns'
import { screeningRepo } from './screeningRepo'
import { useScreeningFilters } from './useScreeningFilters'
import { START_RANGE, useScreeningIds, valueFilters } from './useScreeningIds'

const initial = {
  search: '',
  filters: {},
  sortBy: 'startKey',
  direction: 'asc' as const,
  columns: defaultScreeningColumns,
}

/**
 * Screenings as a table. It is TableScreen's layout and parts, plus a start date range, which
 * is a range of one index rather than values of it, so the range lives in the table state's
 * filters (saved with views) under its own key.
 */
export function ScreeningsPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const allColumns = useMemo(() => screeningColumns(t, format), [t, format])
  const filters = useScreeningFilters()
  const table = useTableState(initial)
  const { state } = table
  const scope = useCampaignScope('campaignId')
  const scopeValue = scope?.value
  const scoped = useMemo(
    () =>
      scopeValue ? { ...state, filters: { ...state.filters, campaignId: [scopeValue] } } : state,
    [state, scopeValue],
  )
  const { ids, complete } = useScreeningIds(scoped)
  const total = useLiveQuery(screeningRepo.count)
  useHotkeys([['mod+N', () => setCreating(true)]])
  const [first, ...optional] = allColumns
  const columns = [first!, ...optional.filter((column) => state.columns.includes(column.key))]
  const [from = '', to = ''] = (state.filters[START_RANGE] ?? []).map(String)
  const setRange = (next: [string, string]) =>
    table.setFilter(START_RANGE, next[0] || next[1] ? next : [])
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      rightSection={<Kbd size="xs">{shortcutLabel('N')}</Kbd>}
      onClick={() => setCreating(true)}
    >
      {t('screenings.new')}
    </Button>
  )

  return (
    <FullHeight>
      <PageHeader
        title={t('screenings.title')}
        actions={
          <>
            <ScreeningsViewSwitch />
            {newButton}
          </>
        }
      />
      {total === 0 ? (
        <EmptyState
          title={t('screenings.emptyTitle')}
          body={t('screenings.emptyBody')}
          action={
            <Button variant="light" onClick={() => setCreating(true)}>
              {t('screenings.new')}
            </Button>
          }
        />
      ) : (
        <>
          <Group mb="sm" gap="xs" align="flex-end">
            <SearchInput
              label={t('screenings.search')}
              value={state.search}
              onChange={(search) => table.update({ search })}
            />
            <ScopeBadge scope={scope} />
            <FilterMenu
              fields={filters}
              filters={valueFilters(state.filters)}
              onChange={table.setFilter}
              onClear={() =>
                table.update({ filters: from || to ? { [START_RANGE]: [from, to] } : {} })
              }
            />
            <DateRangeMenu from={from} to={to} onChange={setRange} />
            <ColumnsMenu
              options={optional}
              shown={state.columns}
              onChange={(shown) => table.update({ columns: shown })}
            />
            <SavedViewsMenu entity="screenings" state={state} onApply={table.applyView} />
            <Text size="sm" c="dimmed" ms="auto" data-testid="row-count">
              {ids && complete
                ? t('table.rows', { count: ids.length, formatted: format.number(ids.length) })
                : t('common.loading')}
            </Text>
          </Group>
          <DataTable
            label={t('screenings.title')}
            table={db.screenings}
            ids={ids}
            columns={columns}
            sort={{ by: state.sortBy, direction: state.direction }}
            onSort={table.sortBy}
            selected={table.selected}
            onSelectedChange={table.setSelected}
            onOpen={(id) => void navigate(`/screenings/${id}`)}
          />
          {complete && ids?.length === 0 && (
            <Text c="dimmed" ta="center" mt="md">
              {t('table.noMatches')}
            </Text>
          )}
        </>
      )}
      <NewScreeningModal opened={creating} onClose={() => setCreating(false)} />
    </FullHeight>
  )
}
