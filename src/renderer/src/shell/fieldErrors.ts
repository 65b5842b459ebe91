import type { TFunction } from 'i18next'
import type { FieldIssue } from '../db/repository'

/** The message a person reads for a field the schema refused, in their language. */
export function issueMessage(issue: FieldIssue, t: TFunction): string {
  if (issue.message.startsWith('validation.')) return t(issue.message)
  if (issue.format === 'email') return t('validation.email')
  if (issue.format === 'url') return t('validation.url')
  if (issue.format === 'regex') return t('validation.phone')
  if (issue.format === 'date' || issue.format === 'datetime') return t('validation.date')
  if (issue.code === 'too_small') return t('validation.required')
  if (issue.code === 'invalid_value') return t('validation.choice')
  return t('validation.invalid')
}

/** Issues as a form's errors, keyed by field path; null when there are none. */
export function fieldErrors(issues: FieldIssue[], t: TFunction): Record<string, string> | null {
  if (issues.length === 0) return null
  return Object.fromEntries(issues.map((issue) => [issue.path, issueMessage(issue, t)]))
}
