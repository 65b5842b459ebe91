import type { ImportTable } from '../../../shared/domain/importRun'

type Item = Record<string, unknown>

/** A field a row changes on a record from before the run: its value before and after. */
export type FieldChange = { field: string; before: unknown; after: unknown }
/** A record from before the run that a row of the file changes, for the review to list. */
export type PlannedUpdate = {
  row?: number
  table: ImportTable
  id: string
  name: string
  fields: FieldChange[]
}
/** The updates a review lists field by field; the counts count them all. */
export const MAX_LISTED_UPDATES = 1000

/** How a record is named in the review's list of updates. */
export function updateName(record: Item): string {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '')
  const person = [text('firstName'), text('lastName')].filter(Boolean).join(' ')
  const email = (record['emails'] as { address: string }[] | undefined)?.[0]?.address ?? ''
  // A person's "title" is their job: their name and email come first.
  return text('name') || person || email || text('title') || text('date')
}
