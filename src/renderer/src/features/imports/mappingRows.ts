import type { ImportEntity } from '../../../../shared/csv'
import {
  COLUMN_AS_NOTE,
  COLUMN_AS_TAG,
  IGNORE_COLUMN,
} from '../../../../shared/import/importSettings'
import { fieldPhrase } from './fieldPhrase'
import type { Phrase } from './phrase'

export type MappingRow = {
  /** The column's header in the file (its number where the header cell was empty). */
  header: Phrase
  target: Phrase
  /** Whether the column went into a field, or was left out or kept as a note or tag. */
  kind: 'field' | 'ignore' | 'note' | 'tag'
}

/** Where each column of the file went, read beside the file's headers. */
export function mappingRows(
  entity: ImportEntity,
  headers: readonly string[],
  settings: Record<string, unknown>,
): MappingRow[] {
  const columns = Array.isArray(settings.columns) ? (settings.columns as unknown[]) : []
  const count = Math.max(headers.length, columns.length)
  return Array.from({ length: count }, (_, index) => {
    const text = headers[index]?.trim()
    const header: Phrase = text
      ? { text }
      : { key: 'imports.mapping.noHeader', values: { column: index + 1 } }
    // A column without a target (or with one that is not text) was not read.
    const target = typeof columns[index] === 'string' ? (columns[index] as string) : IGNORE_COLUMN
    if (target === IGNORE_COLUMN)
      return { header, kind: 'ignore', target: { key: 'imports.mapping.ignore' } }
    if (target === COLUMN_AS_NOTE)
      return { header, kind: 'note', target: { key: 'imports.mapping.asNote' } }
    if (target === COLUMN_AS_TAG)
      return { header, kind: 'tag', target: { key: 'imports.mapping.asTag' } }
    return { header, kind: 'field', target: fieldPhrase(entity, target) }
  })
}
