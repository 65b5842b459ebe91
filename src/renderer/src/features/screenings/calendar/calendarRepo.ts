import type { Screening } from '../../../../../shared/domain/screening'
import { LIVE } from '../../../../../shared/domain/record'
import { db } from '../../../db/db'
import { type Month, monthRange } from './calendarDays'

export const calendarRepo = {
  /**
   * The live screenings that may fall in a month in their own zone: only the month's range (a
   * day either side) of the `[deletedAt+startKey]` index, never the whole table.
   */
  month(month: Month): Promise<Screening[]> {
    const { from, to } = monthRange(month)
    return db.screenings
      .where('[deletedAt+startKey]')
      .between([LIVE, from], [LIVE, to], true, true)
      .toArray() as Promise<Screening[]>
  },

  /** How many live screenings have no date yet (their startKey is ''). */
  undatedCount(): Promise<number> {
    return db.screenings.where('[deletedAt+startKey]').equals([LIVE, '']).count()
  },
}
