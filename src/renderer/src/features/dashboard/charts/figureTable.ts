/** A chart's data as a table: what the table view shows and the CSV export writes. */
export type FigureColumn = {
  key: string
  label: string
  /**
   * Numbers are right-aligned and formatted for the user's language, periods (`YYYY-MM` or
   * `YYYY-MM-DD`) written as dates; the CSV keeps both plain.
   */
  kind: 'text' | 'period' | 'number' | 'percent'
}

export type FigureRow = Record<string, string | number | null>

export type FigureTable = { columns: FigureColumn[]; rows: FigureRow[] }
