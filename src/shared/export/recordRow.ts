import type { ImportField } from '../csv'
import type { ExportEntity, ExportOptions } from './exportOptions'
import { exportValues } from './exportValues'
import { formatCell } from './formatCell'
import type { LinkNames } from './linkNames'

/** The cells of one record, one per field, in the fields' order. */
export function recordRow(
  entity: ExportEntity,
  record: Record<string, unknown>,
  fields: readonly ImportField[],
  names: LinkNames,
  options: Pick<ExportOptions, 'delimiter' | 'dateFormat'>,
): string[] {
  const valueOf = exportValues(entity, record, names)
  const timeZone = typeof record['timeZone'] === 'string' ? record['timeZone'] : undefined
  // A wall clock reads back in the row's time zone: without that column, only the ISO form
  // (which carries its offset) says the instant.
  const zoned = fields.some((field) => field.key === 'timeZone')
  return fields.map((field) =>
    formatCell(field, valueOf(field.key), {
      ...options,
      timeZone,
      ...(field.type === 'dateTime' && !zoned ? { dateFormat: 'iso' as const } : {}),
    }),
  )
}
