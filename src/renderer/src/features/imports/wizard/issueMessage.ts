import type { TFunction } from 'i18next'
import type { CsvIssue } from '../../../../../shared/csv'
import { recordFieldLabel } from './recordFieldLabel'

/**
 * What a CSV issue means, in the user's words, with its facts: the value found, what was
 * expected, the counts. Where it is (row, column) is said by the place the message is shown.
 */
export function issueMessage(t: TFunction, issue: CsvIssue): string {
  const params = issue.params ?? {}
  if (issue.code === 'invalidRecord') {
    const message = String(params['message'] ?? '')
    return t('imports.issues.invalidRecord', {
      field: params['field'],
      reason: message.startsWith('validation.') ? t(message) : message,
    })
  }
  if (issue.code === 'sameRecordDiffers') {
    const table = String(params['table'] ?? '')
    const fields = String(params['fields'] ?? '')
      .split(',')
      .map((field) => recordFieldLabel(t, table, field))
    return t('imports.issues.sameRecordDiffers', { fields: fields.join(', ') })
  }
  if (issue.code === 'notText')
    return t('imports.issues.notText', { format: t(`imports.file.formats.${params['format']}`) })
  // Messages with a number of things choose their plural form by `count`.
  const count = params['rows'] ?? params['count']
  return t(`imports.issues.${issue.code}`, { ...params, ...(count !== undefined ? { count } : {}) })
}
