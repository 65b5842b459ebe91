import type { ScreeningFact } from '../dashboard/figures/screeningFacts'
import { tookPlace } from '../dashboard/figures/screeningFigures'

export type MonthRow = { month: string; held: number; attendance: number }

/** Screenings that took place and their attendance per month (`YYYY-MM`), in order. */
export function screeningsByMonth(facts: readonly ScreeningFact[]): MonthRow[] {
  const months = new Map<string, MonthRow>()
  for (const fact of facts) {
    if (!tookPlace(fact) || !fact.day) continue
    const month = fact.day.slice(0, 7)
    const row = months.get(month) ?? { month, held: 0, attendance: 0 }
    row.held += 1
    row.attendance += fact.attendance ?? 0
    months.set(month, row)
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month))
}
