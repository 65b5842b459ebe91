import type { ImportTable } from '../domain/importRun'
import { isBlankValue } from './mergeRecord'
import { getPath } from './paths'
import type { RowRecord } from './rowRecords'
import { sameFullName } from './sameFullName'

type Item = Record<string, unknown>

/**
 * The paths a row may change on the record it matched: an organization matched by its domain or
 * name keeps its name (only the row naming it by its id renames it), and a person keeps the
 * parts of a name the row writes whole in one cell, rather than a new split of the same text.
 */
export function pathsToMerge(
  table: ImportTable,
  id: string,
  existing: Item,
  incoming: RowRecord<Item>,
): readonly string[] {
  if (table === 'organizations' && incoming.id !== id && existing['name'])
    return incoming.given.filter((path) => path !== 'name')
  if (table === 'contacts' && incoming.fullName && sameFullName(existing, incoming.fullName))
    return incoming.given.filter((path) => path !== 'firstName' && path !== 'lastName')
  return incoming.given
}

/**
 * The values of a row meeting a record an earlier row of the file made or matched that differ
 * from the record's: they are not imported (the record keeps the first row's), and the review
 * says so. Lists and notes take both, and a new organization's name is the most complete.
 */
export function differingPaths(
  table: ImportTable,
  existing: Item,
  incoming: RowRecord<Item>,
  paths: readonly string[],
): string[] {
  return paths.filter((path) => {
    const value = getPath(incoming.fields, path)
    const was = getPath(existing, path)
    if (path === 'notes' || Array.isArray(value)) return false
    if (table === 'organizations' && path === 'name') return false
    if (isBlankValue(value) || isBlankValue(was)) return false
    return JSON.stringify(value) !== JSON.stringify(was)
  })
}
