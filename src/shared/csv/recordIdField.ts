import en from '../i18n/locales/en.json'
import type { ImportField } from './importField'

/**
 * The record's own id, the last column of an export: a re-import matches the row to the record
 * it came from before anything else. Matched by its exact header only, never by a synonym, so
 * that another tool's "ID" column is not taken for it.
 */
export const recordIdField: ImportField = {
  key: 'id',
  header: en.exports.recordId,
  type: 'text',
  synonyms: [],
}
