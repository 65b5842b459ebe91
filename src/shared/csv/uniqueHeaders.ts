import { csvIssue, type CsvIssue } from './csvIssue'

/**
 * Header cells as column names that can key a mapping: trimmed, a stray BOM removed, an empty
 * one named by its position ("#3"), a repeated one numbered ("Email", "Email (2)"). Each change
 * is reported with the column and the original text.
 */
export function uniqueHeaders(
  cells: string[],
  row: number,
): { headers: string[]; issues: CsvIssue[] } {
  const issues: CsvIssue[] = []
  const taken = new Set<string>()
  const headers = cells.map((cell, column) => {
    const text = cell.replace(/^\ufeff/, '').trim()
    let name = text
    if (name === '') {
      name = `#${column + 1}`
      issues.push(csvIssue('emptyHeader', { row, column }))
    }
    if (taken.has(name.toLowerCase())) {
      let n = 2
      while (taken.has(`${name} (${n})`.toLowerCase())) n++
      issues.push(
        csvIssue('duplicateHeader', { row, column }, { header: text, renamed: `${name} (${n})` }),
      )
      name = `${name} (${n})`
    }
    taken.add(name.toLowerCase())
    return name
  })
  return { headers, issues }
}
