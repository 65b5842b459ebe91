import type { Contact } from '../../../../shared/domain/contact'

/** How a person is named on screen: their name, else their primary email. */
export function contactName(contact: Pick<Contact, 'firstName' | 'lastName' | 'emails'>): string {
  const name = `${contact.firstName} ${contact.lastName}`.trim()
  return name || (contact.emails.find((e) => e.primary) ?? contact.emails[0])?.address || '—'
}
