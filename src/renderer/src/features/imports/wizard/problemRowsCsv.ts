import type { TFunction } from 'i18next'
import Papa from 'papaparse'
import { neutraliseFormula } from '../../../../../shared/csv'
import type { ProblemRow } from '../../../import/reviewImport'
import { issueMessage } from './issueMessage'

/** The problem rows as a CSV to fix elsewhere: the file's columns, then what is wrong. */
export function problemRowsCsv(t: TFunction, headers: string[], problems: ProblemRow[]): string {
  const problemHeader = t('imports.review.problemColumn')
  const rows = problems.map((problem) => [
    String(problem.row),
    ...headers.map((_, column) => problem.fields[column] ?? ''),
    problem.issues
      .map((issue) =>
        issue.column !== undefined
          ? `${headers[issue.column] ?? ''}: ${issueMessage(t, issue)}`
          : issueMessage(t, issue),
      )
      .join('; '),
  ])
  return Papa.unparse({
    fields: [t('imports.review.rowColumn'), ...headers, problemHeader].map(neutraliseFormula),
    data: rows.map((row) => row.map(neutraliseFormula)),
  })
}
