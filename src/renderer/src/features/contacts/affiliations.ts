import type { AffiliationInput } from '../../../../shared/domain/affiliation'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'
import { affiliationRepo } from './affiliationRepo'
import { contactRepo } from './contactRepo'

/**
 * Contacts keep the names of their organizations beside their own fields, so the contacts
 * table shows and searches them without a join. These keep that copy in step.
 */
export async function refreshOrganizationNames(contactId: string) {
  const affiliations = await db.affiliations.where('contactId').equals(contactId).toArray()
  const orgIds = affiliations
    .filter((a) => a.deletedAt === LIVE && a.organizationId)
    .map((a) => a.organizationId!)
  const orgs = await db.organizations.bulkGet([...new Set(orgIds)])
  const names = orgs.flatMap((org) => (org && org.deletedAt === LIVE ? [org.name] : []))
  const contact = await contactRepo.get(contactId)
  if (contact && JSON.stringify(contact.organizationNames) !== JSON.stringify(names)) {
    await contactRepo.update(contactId, { organizationNames: names })
  }
}

export async function affiliate(input: AffiliationInput) {
  const affiliation = await affiliationRepo.create(input)
  await refreshOrganizationNames(affiliation.contactId)
  return affiliation
}

export async function removeAffiliation(id: string) {
  const affiliation = await affiliationRepo.get(id)
  if (!affiliation) return
  await affiliationRepo.softDelete(id)
  await refreshOrganizationNames(affiliation.contactId)
}

/** After an organization is renamed, the contacts that carry its name. */
export async function refreshContactsOf(organizationId: string) {
  const affiliations = await db.affiliations
    .where('organizationId')
    .equals(organizationId)
    .toArray()
  for (const contactId of new Set(affiliations.map((a) => a.contactId))) {
    await refreshOrganizationNames(contactId)
  }
}

/** The live affiliations of a contact or an organization, with the record on the other side. */
export async function affiliationsOf(side: 'contactId' | 'organizationId', id: string) {
  const affiliations = (await db.affiliations.where(side).equals(id).toArray()).filter(
    (a) => a.deletedAt === LIVE,
  )
  const [contacts, orgs] = await Promise.all([
    db.contacts.bulkGet(affiliations.map((a) => a.contactId)),
    db.organizations.bulkGet(affiliations.map((a) => a.organizationId ?? '')),
  ])
  return affiliations.map((affiliation, index) => ({
    affiliation,
    contact: contacts[index],
    organization: orgs[index],
  }))
}
