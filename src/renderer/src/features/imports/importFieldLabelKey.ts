import type { ImportEntity, ImportField } from '../../../../shared/csv'
import en from '../../../../shared/i18n/locales/en.json'

type Catalog = { [key: string]: string | Catalog }

// Where each kind of file's field labels live in the catalogs. A contact sheet's organization
// and person fields are labelled as those of their own files (see fieldPhrase).
const namespaces: Record<ImportEntity, readonly string[]> = {
  organizations: ['organizations.fields'],
  contacts: ['contacts.fields'],
  screenings: ['screenings.fields', 'screenings.access'],
  metricEntries: ['metrics.fields', 'metrics.entry'],
  contactSheet: ['affiliations'],
}

function branch(path: string): Catalog {
  let node: string | Catalog = en as Catalog
  for (const part of path.split('.')) node = typeof node === 'string' ? {} : (node[part] ?? {})
  return typeof node === 'string' ? {} : node
}

/**
 * The message that translates a field's label, found by its English text, since the field
 * definitions take their headers from the English catalog; undefined when there is none.
 */
export function importFieldLabelKey(
  entity: ImportEntity,
  field: Pick<ImportField, 'key' | 'header'>,
): string | undefined {
  // The record id an export writes, the same for every kind of file.
  if (field.key === 'id' && field.header === en.exports.recordId) return 'exports.recordId'
  const name = field.key.split('.').pop() ?? field.key
  for (const namespace of namespaces[entity]) {
    const messages = branch(namespace)
    if (messages[name] === field.header) return `${namespace}.${name}`
    const found = Object.entries(messages).find(([, text]) => text === field.header)
    if (found) return `${namespace}.${found[0]}`
  }
  return undefined
}
