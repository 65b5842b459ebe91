import { useDebouncedValue } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../../db/db'
import {
  type FilterValues,
  idsInRange,
  matchingIdSets,
  narrow,
  orderedIds,
} from '../../db/tableQuery'
import { SEARCH_PAUSE_MS, type TableQuery } from '../../table/useTableRows'
import { dayRange, userTimeZone } from './zonedTime'

/** The filter key holding the start date range, `[from, to]` as `YYYY-MM-DD` ('' when open). */
export const START_RANGE = 'startRange'

/** The filters other than the date range: those are matched as index values. */
export function valueFilters(filters: FilterValues): FilterValues {
  const { [START_RANGE]: _range, ...rest } = filters
  return rest
}

/**
 * Like useTableIds, plus the start date range, read from the `[deletedAt+startKey]` index.
 * Days are the user's own days (the range is chosen on their calendar).
 */
export function useScreeningIds(query: TableQuery) {
  const table = db.screenings as never
  const ordered = useLiveQuery(
    () => orderedIds(table, query.sortBy, query.direction),
    [query.sortBy, query.direction],
  )
  const filterKey = JSON.stringify(query.filters)
  const [search] = useDebouncedValue(query.search, SEARCH_PAUSE_MS)
  const sets = useLiveQuery(async () => {
    const [from = '', to = ''] = (query.filters[START_RANGE] ?? []).map(String)
    const found = (await matchingIdSets(table, search, valueFilters(query.filters))) ?? []
    if (from || to) {
      const { lower, upper } = dayRange(from, to, userTimeZone())
      // Undated screenings (startKey '') are outside every range: '0' sorts after ''.
      found.push(await idsInRange(table, 'startKey', lower ?? '0', upper))
    }
    return found.length > 0 ? found : null
    // The filters object is compared by its content (filterKey), not its identity.
  }, [search, filterKey])
  return useMemo(
    () => (ordered === undefined || sets === undefined ? undefined : narrow(ordered, sets)),
    [ordered, sets],
  )
}
