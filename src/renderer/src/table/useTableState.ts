import { useCallback, useState } from 'react'
import type { SavedView } from '../../../shared/domain/savedView'
import type { SortDirection } from '../db/repository'
import type { FilterValues } from '../db/tableQuery'

export type TableState = {
  search: string
  filters: FilterValues
  sortBy: string
  direction: SortDirection
  /** The optional columns shown, in order. */
  columns: string[]
}

/** What a table screen shows: search, filters, sort and columns, and saved views of them. */
export function useTableState(initial: TableState) {
  const [state, setState] = useState(initial)
  const [selected, setSelected] = useState<Set<string>>(new Set())

  const update = useCallback((patch: Partial<TableState>) => {
    setState((current) => ({ ...current, ...patch }))
    // A selection made under other filters would act on rows the user no longer sees.
    if ('search' in patch || 'filters' in patch) setSelected(new Set())
  }, [])

  const sortBy = useCallback(
    (by: string) =>
      setState((current) => ({
        ...current,
        sortBy: by,
        direction: current.sortBy === by && current.direction === 'asc' ? 'desc' : 'asc',
      })),
    [],
  )

  const setFilter = useCallback(
    (field: string, values: (string | number)[]) =>
      update({ filters: { ...state.filters, [field]: values } }),
    [state.filters, update],
  )

  const applyView = useCallback(
    (view: SavedView) => {
      update({
        search: view.search,
        filters: view.filters,
        sortBy: view.sortBy,
        direction: view.direction,
        columns: view.columns.length > 0 ? view.columns : initial.columns,
      })
    },
    [initial.columns, update],
  )

  const reset = useCallback(() => update(initial), [initial, update])

  return { state, update, sortBy, setFilter, applyView, reset, selected, setSelected }
}

export type TableStateApi = ReturnType<typeof useTableState>
