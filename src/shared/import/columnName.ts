/** A column as notes and messages name it: its header, or its place when it has none. */
export function columnName(header: string | undefined, column: number): string {
  return header?.trim() || `#${column + 1}`
}
