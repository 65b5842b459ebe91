/** The fields that name a row's record, most telling first: a person by name, then by email. */
const naming = [
  ['name'],
  ['organization.name'],
  ['firstName', 'middleName', 'lastName'],
  ['contact.firstName', 'contact.middleName', 'contact.lastName'],
  ['fullName'],
  ['contact.fullName'],
  ['emails'],
  ['contact.emails'],
  // A screening's title (a person's is their job, after their name and email).
  ['title'],
  ['metric'],
]

/**
 * How the review names a row's record beside its number, from the cells of its mapped columns:
 * a screening's title, an organization's name, a person's name or email. Empty when none.
 */
export function rowName(columns: readonly string[], cells: readonly string[]): string {
  const cell = (key: string) => {
    const column = columns.indexOf(key)
    return column >= 0 ? (cells[column] ?? '').trim() : ''
  }
  const person = (keys: string[]) => keys.map(cell).filter(Boolean).join(' ')
  const names = naming.map(person).filter(Boolean)
  // On a contact sheet the person and the organization both name the row.
  const sheetPerson = [naming[3], naming[5], naming[7]].map((keys) => person(keys!)).find(Boolean)
  const org = cell('organization.name')
  if (org && sheetPerson) return `${sheetPerson} (${org})`
  return names[0] ?? ''
}
