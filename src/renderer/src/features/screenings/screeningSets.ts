import { type FilterValues, idsInRange, matchingIdSets } from '../../db/tableQuery'
import type { ReadSets } from '../../table/useTableRows'
import { dayRange, userTimeZone } from '../../../../shared/time/zonedTime'

/** The filter key holding the start date range, `[from, to]` as `YYYY-MM-DD` ('' when open). */
export const START_RANGE = 'startRange'

/** The filters other than the date range: those are matched as index values. */
export function valueFilters(filters: FilterValues): FilterValues {
  const { [START_RANGE]: _range, ...rest } = filters
  return rest
}

/**
 * The screenings table's search and filters, plus the start date range, read from the
 * `[deletedAt+startKey]` index. Days are the user's own days (the range is chosen on their
 * calendar).
 */
export const readScreeningSets: ReadSets = async (table, search, filters) => {
  const [from = '', to = ''] = (filters[START_RANGE] ?? []).map(String)
  const found = (await matchingIdSets(table, search, valueFilters(filters))) ?? []
  if (from || to) {
    const { lower, upper } = dayRange(from, to, userTimeZone())
    // Undated screenings (startKey '') are outside every range: '0' sorts after ''.
    found.push(await idsInRange(table, 'startKey', lower ?? '0', upper))
  }
  return found.length > 0 ? found : null
}
