import type { ImportTable } from './importRun'

/**
 * What an import run changed in a record that was there before it: the fields it changed and
 * their values before, so that undoing the run puts them back. A field is kept once per run,
 * by the first change; a later change of other fields adds another ImportChange. The first
 * change of a record also keeps its `updatedAt` in `before`, so the record comes back whole.
 */
export type ImportChange = {
  /** `${runId}|${recordId}|${n}` */
  id: string
  runId: string
  table: ImportTable
  recordId: string
  before: Record<string, unknown>
  fields: string[]
}
