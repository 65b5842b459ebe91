import { Button, Group, Kbd, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import type { Table } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { type ReactNode, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { SavedView } from '../../../shared/domain/savedView'
import { useLocale } from '../i18n/useLocale'
import { EmptyState } from '../shell/EmptyState'
import { FullHeight } from '../shell/FullHeight'
import { PageHeader } from '../shell/PageHeader'
import { shortcutLabel } from '../shell/shortcuts'
import { ColumnsMenu } from './ColumnsMenu'
import { type Column, DataTable } from './DataTable'
import { type FilterField, FilterMenu } from './FilterMenu'
import { SavedViewsMenu } from './SavedViewsMenu'
import { ScopeBadge } from './ScopeBadge'
import { SearchInput } from './SearchInput'
import { type ReadSets, useTableIds } from './useTableRows'
import { type TableState, type TableStateApi, useTableState } from './useTableState'

/**
 * Rows narrowed to one value of an indexed field (the current campaign), on top of the user's
 * filters; shown as a chip that `onClear` removes.
 */
export type TableScope = {
  field: string
  value: string
  label?: string
  clearLabel?: string
  onClear?: () => void
}

type TableScreenProps<T extends { id: string }> = {
  entity: SavedView['entity']
  title: string
  table: Table<T, string>
  isEmpty: () => Promise<boolean>
  /** Every column; the first is always shown, the others as the user chooses. */
  columns: Column<T>[]
  initial: TableState
  filters: FilterField[]
  searchLabel: string
  newLabel: string
  onNew: () => void
  empty: { title: string; body: string; action?: ReactNode }
  openPath: (id: string) => string
  headerExtra?: ReactNode
  bulkActions?: (selected: ReadonlySet<string>, clear: () => void) => ReactNode
  scope?: TableScope
  /** How search and filters are read, when a table has filters of its own kind. */
  readSets?: ReadSets
  /** Filter keys set by controls of the screen's own (`toolbar`): not in the Filters menu. */
  ownFilters?: string[]
  /** Controls beside the filters, given the table's state. */
  toolbar?: (table: TableStateApi) => ReactNode
}

/** A screen of records at any scale: search, filter, sort, columns, saved views, bulk actions. */
export function TableScreen<T extends { id: string }>(props: TableScreenProps<T>) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const navigate = useNavigate()
  const { columns: allColumns, initial, onNew, scope } = props
  useHotkeys([['mod+N', onNew]])
  const table = useTableState(initial)
  const { state } = table
  const [scopeField, scopeValue] = [scope?.field, scope?.value]
  const query = useMemo(
    () =>
      scopeField && scopeValue
        ? { ...state, filters: { ...state.filters, [scopeField]: [scopeValue] } }
        : state,
    [state, scopeField, scopeValue],
  )
  const { ids, complete, more, firstPage } = useTableIds(
    props.table as Table<{ id: string }, string>,
    query,
    props.readSets,
  )
  // Rows chosen in another campaign are not on screen any more: a bulk action must not reach them.
  const [scopedTo, setScopedTo] = useState(scopeValue)
  if (scopedTo !== scopeValue) {
    setScopedTo(scopeValue)
    table.setSelected(new Set())
  }
  const empty = useLiveQuery(props.isEmpty)
  const [first, ...optional] = allColumns
  const columns = [first!, ...optional.filter((column) => state.columns.includes(column.key))]
  const clear = () => table.setSelected(new Set())
  const own = props.ownFilters ?? []
  const isOwn = ([key]: [string, unknown]) => own.includes(key)
  const menuFilters = Object.fromEntries(Object.entries(state.filters).filter((e) => !isOwn(e)))
  const ownValues = Object.fromEntries(Object.entries(state.filters).filter(isOwn))

  return (
    <FullHeight>
      <PageHeader
        title={props.title}
        actions={
          <>
            {props.headerExtra}
            <Button
              leftSection={<IconPlus size={16} />}
              rightSection={<Kbd size="xs">{shortcutLabel('N')}</Kbd>}
              onClick={onNew}
            >
              {props.newLabel}
            </Button>
          </>
        }
      />
      {empty ? (
        <EmptyState {...props.empty} />
      ) : (
        <>
          <Group mb="sm" gap="xs">
            <SearchInput
              label={props.searchLabel}
              value={state.search}
              onChange={(search) => table.update({ search })}
            />
            <FilterMenu
              fields={props.filters}
              filters={menuFilters}
              onChange={table.setFilter}
              onClear={() => table.update({ filters: ownValues })}
            />
            {props.toolbar?.(table)}
            <ColumnsMenu
              options={optional}
              shown={state.columns}
              onChange={(shown) => table.update({ columns: shown })}
            />
            <SavedViewsMenu entity={props.entity} state={state} onApply={table.applyView} />
            <ScopeBadge scope={scope} />
            <Text size="sm" c="dimmed" ms="auto" data-testid="row-count">
              {ids && complete
                ? more
                  ? t('table.rowsMore', { formatted: format.number(ids.length) })
                  : t('table.rows', { count: ids.length, formatted: format.number(ids.length) })
                : t('common.loading')}
            </Text>
          </Group>
          {props.bulkActions?.(table.selected, clear)}
          <DataTable
            label={props.title}
            table={props.table}
            ids={ids}
            known={firstPage as ReadonlyMap<string, T> | undefined}
            columns={columns}
            sort={{ by: state.sortBy, direction: state.direction }}
            onSort={table.sortBy}
            selected={table.selected}
            onSelectedChange={table.setSelected}
            onOpen={(id) => void navigate(props.openPath(id))}
          />
          {complete && ids?.length === 0 && (
            <Text c="dimmed" ta="center" mt="md">
              {t('table.noMatches')}
            </Text>
          )}
        </>
      )}
    </FullHeight>
  )
}
