import { type ImportEntity, importFieldsFor } from '../../../../shared/csv'
import { importFieldLabelKey } from './importFieldLabelKey'
import type { Phrase } from './phrase'

// On a contact sheet, "organization.city" is the city field of an organizations file, and so on.
const sheetParts: Record<string, ImportEntity> = {
  organization: 'organizations',
  contact: 'contacts',
}

/**
 * A field of an import by its label, translated where the catalogs have it; a contact sheet's
 * says which part of the row it belongs to ("Person: Emails"), as the wizard does.
 */
export function fieldPhrase(entity: ImportEntity, key: string): Phrase {
  const field = importFieldsFor(entity).find((candidate) => candidate.key === key)
  // A field a later version dropped still says what it was called.
  if (!field) return { text: key }
  const dot = key.indexOf('.')
  const part = entity === 'contactSheet' && dot > 0 ? key.slice(0, dot) : ''
  const partEntity = sheetParts[part]
  if (partEntity) {
    const label = fieldPhrase(partEntity, key.slice(dot + 1))
    if ('key' in label) return { key: `imports.mapping.part.${part}`, values: { label } }
  }
  const labelKey = importFieldLabelKey(entity, field)
  return labelKey ? { key: labelKey } : { text: field.header }
}
