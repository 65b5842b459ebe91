import type { Contact } from '../../../../shared/domain/contact'
import type { Organization } from '../../../../shared/domain/organization'
import type { DuplicateEntity } from './duplicateCandidate'

export type DuplicateRecord = Contact | Organization

/** How a record is named on screen: a person's name or first email, an organization's name. */
export function recordName(entity: DuplicateEntity, record: DuplicateRecord): string {
  if (entity === 'organizations') return (record as Organization).name
  const contact = record as Contact
  const name = `${contact.firstName} ${contact.lastName}`.trim()
  return name || (contact.emails.find((e) => e.primary) ?? contact.emails[0])?.address || '—'
}
