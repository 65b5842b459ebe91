import { personNameKey } from '../../../shared/domain/contact'
import { domainOf, nameKeyOf, organizationSchema } from '../../../shared/domain/organization'
import { LIVE } from '../../../shared/domain/record'
import type { RowRecord, RowRecords } from '../../../shared/import/rowRecords'
import type { ImpactDeskDb } from '../db/db'
import { whereAnyOf } from '../db/whereAnyOf'
import type { ImportBatch, Item, Outcome } from './importBatch'
import type { KnownKeys } from './knownKeys'

const emailsOf = (contact: Item) =>
  ((contact['emails'] as { address: string }[] | undefined) ?? []).map((email) =>
    email.address.toLowerCase(),
  )
/**
 * How a person is matched: by email; someone without one by their name, against people who
 * have no email either (so that an export of such people imports back onto them).
 */
const personKeys = (contact: Item) => {
  const emails = emailsOf(contact)
  if (emails.length) return emails
  const key = personNameKey(String(contact['firstName'] ?? ''), String(contact['lastName'] ?? ''))
  return key === '|' ? [] : [`name:${key}`]
}
const orgKeys = (org: Item) => {
  const domain = (org['domain'] as string | undefined) || domainOf(org['website'] as string)
  return [...(domain ? [`d:${domain}`] : []), `n:${nameKeyOf(org['name'] as string)}`]
}

/** The ids a batch's rows name their records by ("Impact Desk ID"), by table. */
type NamedIds = Partial<Record<'organizations' | 'contacts', readonly (string | undefined)[]>>

/**
 * Organizations, people and their affiliations: a record a row names by its id first (a live
 * one of the same table), then people by email, organizations by domain then folded name,
 * against the database (one query per kind of key per batch, for the keys it may hold) and the
 * rows before them in the file.
 */
export function createPeoplePlanner(db: ImpactDeskDb, known: KnownKeys) {
  // Keys of the records this run created or matched, for the rows of later batches. In a dry run
  // nothing reaches the database, so these are how a later row finds an earlier one.
  const orgByKey = new Map<string, string>()
  /** People by email, or by name for people without one (see personKeys). */
  const contactByEmail = new Map<string, string>()
  /**
   * The partners each person is linked to, so that each pair is linked once: the partner's id,
   * or their ids when there are several (most people have one; a run holds one entry per person).
   */
  const linked = new Map<string, string | string[]>()
  /** Notes a pair as linked; answers false when it already was. */
  function link(contactId: string, organizationId: string): boolean {
    const ids = linked.get(contactId)
    if (ids === organizationId || (Array.isArray(ids) && ids.includes(organizationId))) return false
    linked.set(contactId, ids === undefined ? organizationId : [ids, organizationId].flat())
    return true
  }

  /**
   * Reads the batch's matches (records its rows name by id, organizations by domain and name,
   * people by email or name) and the records of earlier batches its rows name again, a few
   * requests for the whole batch.
   */
  async function prepare(
    batch: ImportBatch,
    orgs: readonly Item[],
    people: readonly Item[],
    named: NamedIds = {},
  ) {
    const keys = [...new Set(orgs.flatMap(orgKeys))].filter((key) => !orgByKey.has(key))
    const emails = [...new Set(people.flatMap(emailsOf))].filter((key) => !contactByEmail.has(key))
    const nameKeys = [
      ...new Set(
        people
          .filter((person) => !emailsOf(person).length)
          .flatMap(personKeys)
          .filter((key) => !contactByEmail.has(key))
          .map((key) => key.slice('name:'.length)),
      ),
    ]
    const keysOf = (prefix: string) =>
      keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))
    const [domains, names, knownEmails, knownNameKeys] = await Promise.all([
      known.mayExist('domains', keysOf('d:')),
      known.mayExist('organizationNames', keysOf('n:')),
      known.mayExist('emails', emails),
      known.mayExist('personNames', nameKeys),
    ])
    const [byDomain, byName, byEmail, byPersonName, , namedContacts] = await Promise.all([
      whereAnyOf(db.organizations, 'domain', domains),
      whereAnyOf(db.organizations, 'nameKey', names),
      whereAnyOf(db.contacts, 'emailKeys', knownEmails),
      whereAnyOf(db.contacts, 'nameKey', knownNameKeys),
      batch.loadNamed('organizations', named.organizations ?? []),
      batch.loadNamed('contacts', named.contacts ?? []),
    ])
    const live = <T extends { deletedAt: string }>(list: T[]) =>
      list.filter((record) => record.deletedAt === LIVE)
    const namesakes = live(byPersonName).filter((contact) => contact.emails.length === 0)
    batch.found([...live(byName), ...live(byDomain), ...live(byEmail), ...namesakes])
    for (const org of live([...byName, ...byDomain]))
      for (const key of orgKeys(org)) if (!orgByKey.has(key)) orgByKey.set(key, org.id)
    for (const contact of [...live(byEmail), ...namesakes])
      for (const key of personKeys(contact))
        if (!contactByEmail.has(key)) contactByEmail.set(key, contact.id)
    // The affiliations of the people the rows may match, so that each pair is linked once.
    const matched = [...live(byEmail), ...namesakes].map((contact) => contact.id)
    const ids = [...new Set([...matched, ...namedContacts])]
    for (const a of await whereAnyOf(db.affiliations, 'contactId', ids))
      if (a.deletedAt === LIVE && a.organizationId) link(a.contactId, a.organizationId)
    // Records matched in earlier batches of this run: read together rather than one by one.
    const idsOf = (keys: string[], byKey: Map<string, string>) =>
      keys.flatMap((key) => byKey.get(key) ?? [])
    await Promise.all([
      batch.load('organizations', idsOf(orgs.flatMap(orgKeys), orgByKey)),
      batch.load('contacts', idsOf(people.flatMap(personKeys), contactByEmail)),
    ])
  }

  async function organization(batch: ImportBatch, incoming: RowRecord<Item>) {
    const keys = orgKeys(incoming.fields)
    const match =
      batch.namedMatch('organizations', incoming.id) ??
      keys.map((key) => orgByKey.get(key)).find(Boolean)
    const result = await batch.upsert('organizations', match, incoming)
    for (const key of keys) if (!orgByKey.has(key)) orgByKey.set(key, result[0])
    return result
  }

  /** Organizations a row names: matched by name, created when none matches. */
  async function organizationsNamed(batch: ImportBatch, names: readonly string[]) {
    const ids: string[] = []
    for (const name of names) {
      const fields = organizationSchema.parse({ name }) as Item
      const match = orgByKey.get(`n:${nameKeyOf(name)}`)
      // A name only links; it never changes the organization it matches.
      if (match) ids.push(match)
      else ids.push((await organization(batch, { fields, given: ['name'] }))[0])
    }
    return ids
  }

  /**
   * A person: matched by the id the row names, else by email (or name); a new one lists its
   * organizations' names from the start.
   */
  async function contact(batch: ImportBatch, incoming: RowRecord<Item>, orgIds: string[]) {
    const keys = personKeys(incoming.fields)
    const match =
      batch.namedMatch('contacts', incoming.id) ??
      keys.map((key) => contactByEmail.get(key)).find(Boolean)
    let fields = incoming.fields
    if ((!match || batch.policy === 'create') && orgIds.length) {
      const orgs = await Promise.all(orgIds.map((id) => batch.record('organizations', id)))
      const names = orgs.map((org) => org?.['name']).filter((name): name is string => !!name)
      fields = { ...fields, organizationNames: [...new Set(names)] }
    }
    const result = await batch.upsert('contacts', match, { ...incoming, fields })
    for (const key of keys) if (!contactByEmail.has(key)) contactByEmail.set(key, result[0])
    return result
  }

  async function affiliate(
    batch: ImportBatch,
    contactId: string,
    organizationId: string,
    role: RowRecords['affiliation'],
  ) {
    if (!link(contactId, organizationId)) return batch.count('affiliations', 'unchanged')
    batch.create('affiliations', {
      contactId,
      organizationId,
      role: role?.role ?? '',
      ...(role?.startDate ? { startDate: role.startDate } : {}),
      ...(role?.endDate ? { endDate: role.endDate } : {}),
    })
    // The contact lists the names of its organizations (kept in step by the app).
    const person = await batch.record('contacts', contactId)
    const name = (await batch.record('organizations', organizationId))?.['name'] as string
    const names = (person?.['organizationNames'] as string[] | undefined) ?? []
    if (person && name && !names.includes(name))
      batch.change(
        'contacts',
        contactId,
        person,
        { ...person, organizationNames: [...names, name] },
        ['organizationNames'],
      )
  }

  /** Reads what the rows of one batch may match (see prepare). */
  function prepareRows(batch: ImportBatch, rows: readonly RowRecords[]) {
    return prepare(
      batch,
      rows.flatMap((row) => [
        ...(row.organization ? [row.organization.fields as Item] : []),
        ...(row.organizationNames ?? []).map((name) => ({ name })),
      ]),
      rows.flatMap((row) => (row.contact ? [row.contact.fields as Item] : [])),
      {
        organizations: rows.map((row) => row.organization?.id),
        contacts: rows.map((row) => row.contact?.id),
      },
    )
  }

  /** Plans the rows of one batch, once prepared; answers each row's outcome (by its main record). */
  async function plan(batch: ImportBatch, rows: readonly RowRecords[]) {
    const outcomes: (Outcome | undefined)[] = []
    for (const row of rows) {
      const orgs: string[] = []
      let main: Outcome | undefined
      if (row.organization) {
        const [id, outcome] = await organization(batch, row.organization as RowRecord<Item>)
        orgs.push(id)
        main = outcome
      }
      if (row.organizationNames)
        orgs.push(...(await organizationsNamed(batch, row.organizationNames)))
      if (row.contact) {
        const [id, outcome] = await contact(batch, row.contact as RowRecord<Item>, orgs)
        main = outcome
        if (outcome !== 'skipped')
          for (const org of orgs) await affiliate(batch, id, org, row.affiliation)
      }
      outcomes.push(main)
    }
    return outcomes
  }

  return { prepareRows, plan, prepare, organizationsNamed }
}
