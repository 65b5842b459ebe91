import type { TFunction } from 'i18next'
import type { ImportEntity } from '../../../../../shared/csv'
import {
  COLUMN_AS_NOTE,
  COLUMN_AS_TAG,
  IGNORE_COLUMN,
} from '../../../../../shared/import/importSettings'
import { fieldPhrase } from '../fieldPhrase'
import { sayPhrase } from '../phrase'

/**
 * What a column is imported as, in the user's language: a field's label ("Person: Emails" on a
 * contact sheet), or what happens to a column that is no field.
 */
export function fieldLabel(t: TFunction, entity: ImportEntity, key: string): string {
  if (key === IGNORE_COLUMN) return t('imports.mapping.ignore')
  if (key === COLUMN_AS_NOTE) return t('imports.mapping.asNote')
  if (key === COLUMN_AS_TAG) return t('imports.mapping.asTag')
  return sayPhrase(t, fieldPhrase(entity, key))
}
