/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection); a leading tab,
 * CR or LF can hide such a start, and Excel also reads the full-width forms ＝ ＋ － ＠. The
 * exporter neutralises these cells with a leading apostrophe, which spreadsheets show as text,
 * and the importer strips exactly that apostrophe again, so an export imports back unchanged.
 * Both directions live here so that they cannot drift apart.
 *
 * A cell that already starts with apostrophes before such a character ("'=x") gets one more on
 * export, and the importer takes one off any cell of that shape: without this, "'=x" would come
 * back as "=x". A cell that merely starts with an apostrophe ("'90s") is left alone both ways.
 */
const guarded = /^'*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/
const stripped = /^'+[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/

/** For export: an apostrophe before a cell a spreadsheet could run as a formula. */
export function neutraliseFormula(cell: string): string {
  return guarded.test(cell) ? `'${cell}` : cell
}

/** For import: removes the one apostrophe `neutraliseFormula` added, and only that. */
export function stripFormulaGuard(cell: string): string {
  return stripped.test(cell) ? cell.slice(1) : cell
}
