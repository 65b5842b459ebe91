import { LIVE } from '../../../shared/domain/record'
import { deriveContact, contactSchema, type Contact } from '../../../shared/domain/contact'
import {
  deriveOrganization,
  domainOf,
  nameKeyOf,
  organizationSchema,
  type Organization,
} from '../../../shared/domain/organization'
import type { Affiliation } from '../../../shared/domain/affiliation'
import type { ImportChange } from '../../../shared/domain/importChange'
import {
  emptyImportCounts,
  type ImportCounts,
  type ImportTable,
  type TableCounts,
} from '../../../shared/domain/importRun'
import type { DuplicatePolicy } from '../../../shared/import/importSettings'
import { mergeRecord } from '../../../shared/import/mergeRecord'
import type { RowRecord, RowRecords } from '../../../shared/import/rowRecords'
import type { ImpactDeskDb } from '../db/db'

/** The records one batch writes and the prior values of the ones it changes. */
export type BatchPlan = {
  organizations: Organization[]
  contacts: Contact[]
  affiliations: Affiliation[]
  changes: ImportChange[]
}

type Outcome = keyof TableCounts
type Item = Record<string, unknown>

const emailsOf = (contact: { emails: { address: string }[] }) =>
  contact.emails.map((email) => email.address.toLowerCase())
const domainKeyOf = (org: { name: string; domain?: string; website?: string }) =>
  org.domain || domainOf(org.website)

/**
 * Decides, batch by batch, what each row of an import creates, updates, leaves unchanged or
 * skips: people are matched by email, organizations by domain then folded name, against the
 * database and the rows before them in the file. `runId` undefined is the dry run of the
 * review step: it plans and counts, and the caller writes nothing.
 */
export function createImportPlanner(db: ImpactDeskDb, policy: DuplicatePolicy, runId?: string) {
  const counts: ImportCounts = emptyImportCounts()
  // Keys of the records this run created or matched, for the rows of later batches. In a dry run
  // nothing reaches the database, so these are how a later row finds an earlier one.
  const orgByKey = new Map<string, string>()
  const contactByEmail = new Map<string, string>()
  const pairs = new Set<string>()
  const createdInRun = new Set<string>()
  /** The fields of records from before the run whose prior values are kept, by record. */
  const priorKept = new Map<string, Set<string>>()

  async function plan(rows: readonly RowRecords[]): Promise<BatchPlan> {
    const at = new Date().toISOString()
    const out: BatchPlan = { organizations: [], contacts: [], affiliations: [], changes: [] }
    const current = new Map<string, Item>()
    const dirty = new Map<string, ImportTable>()

    // One query per kind of key for the whole batch.
    const orgInputs = rows.flatMap((row) => [
      ...(row.organization ? [row.organization.fields] : []),
      ...(row.organizationNames ?? []).map((name) => ({ name })),
    ])
    const domains = [...new Set(orgInputs.map(domainKeyOf).filter((d): d is string => !!d))]
    const nameKeys = [...new Set(orgInputs.map((org) => nameKeyOf(org.name)))]
    const emails = [
      ...new Set(rows.flatMap((row) => (row.contact ? emailsOf(row.contact.fields) : []))),
    ]
    const [byDomain, byName, byEmail] = await Promise.all([
      domains.length ? db.organizations.where('domain').anyOf(domains).toArray() : [],
      nameKeys.length ? db.organizations.where('nameKey').anyOf(nameKeys).toArray() : [],
      emails.length ? db.contacts.where('emailKeys').anyOf(emails).toArray() : [],
    ])
    const orgFound = new Map<string, string>()
    for (const org of [...byName, ...byDomain].filter((o) => o.deletedAt === LIVE)) {
      current.set(org.id, org)
      if (org.domain) orgFound.set(`d:${org.domain}`, org.id)
      orgFound.set(`n:${org.nameKey}`, org.id)
    }
    const contactFound = new Map<string, string>()
    for (const contact of byEmail.filter((c) => c.deletedAt === LIVE)) {
      current.set(contact.id, contact)
      for (const key of contact.emailKeys) contactFound.set(key, contact.id)
    }
    const contactIds = [...new Set(byEmail.map((c) => c.id))]
    const affiliations = contactIds.length
      ? await db.affiliations.where('contactId').anyOf(contactIds).toArray()
      : []
    for (const a of affiliations)
      if (a.deletedAt === LIVE && a.organizationId) pairs.add(`${a.contactId}|${a.organizationId}`)

    async function record(
      table: 'organizations' | 'contacts',
      id: string,
    ): Promise<Item | undefined> {
      const found = current.get(id)
      if (found || (createdInRun.has(id) && !runId)) return found
      const fetched = (await db[table].get(id)) as Item | undefined
      if (fetched) current.set(id, fetched)
      return fetched
    }

    function count(table: ImportTable, outcome: Outcome) {
      counts.byTable[table][outcome]++
    }

    function create(table: 'organizations' | 'contacts', fields: Item): string {
      const id = crypto.randomUUID()
      const derived =
        table === 'organizations'
          ? deriveOrganization(fields as Organization)
          : deriveContact(fields as Contact)
      current.set(id, {
        ...fields,
        ...derived,
        id,
        createdAt: at,
        updatedAt: at,
        deletedAt: LIVE,
        ...(runId ? { importRunId: runId } : {}),
      })
      createdInRun.add(id)
      dirty.set(id, table)
      count(table, 'created')
      return id
    }

    /** Applies the policy to a match; answers what happened to it. */
    async function apply(
      table: 'organizations' | 'contacts',
      id: string,
      incoming: RowRecord<Item>,
    ): Promise<Outcome> {
      if (policy === 'skip') {
        count(table, 'skipped')
        return 'skipped'
      }
      const existing = await record(table, id)
      if (!existing) {
        // Created by an earlier row of this dry run: it would take these values too.
        count(table, 'updated')
        return 'updated'
      }
      const { merged, changed } = mergeRecord(
        existing,
        incoming.fields,
        incoming.given,
        policy === 'fill' ? 'fill' : 'update',
      )
      if (!changed.length) {
        count(table, 'unchanged')
        return 'unchanged'
      }
      change(table, id, existing, merged, changed)
      count(table, 'updated')
      return 'updated'
    }

    function change(
      table: ImportTable,
      id: string,
      existing: Item,
      merged: Item,
      fields: string[],
    ) {
      if (!createdInRun.has(id)) {
        // A field's value before the run is kept the first time the run changes it.
        const kept = priorKept.get(id) ?? new Set<string>()
        const fresh = fields.filter((field) => !kept.has(field))
        if (fresh.length) {
          for (const field of fresh) kept.add(field)
          priorKept.set(id, kept)
          out.changes.push({
            id: `${runId ?? ''}|${id}|${kept.size}`,
            runId: runId ?? '',
            table,
            recordId: id,
            before: Object.fromEntries(fresh.map((field) => [field, existing[field]])),
            fields: fresh,
          })
        }
      }
      const schema = table === 'organizations' ? organizationSchema : contactSchema
      const parsed = schema.parse(merged) as Item
      const derived =
        table === 'organizations'
          ? deriveOrganization(parsed as Organization)
          : deriveContact(parsed as Contact)
      current.set(id, { ...merged, ...parsed, ...derived, updatedAt: at })
      dirty.set(id, table)
    }

    async function organization(incoming: RowRecord<Item>): Promise<[string, Outcome]> {
      const fields = incoming.fields as { name: string; domain?: string; website?: string }
      const domain = domainKeyOf(fields)
      const keys = [...(domain ? [`d:${domain}`] : []), `n:${nameKeyOf(fields.name)}`]
      const match =
        policy === 'create'
          ? undefined
          : keys.map((key) => orgByKey.get(key) ?? orgFound.get(key)).find(Boolean)
      const [id, outcome]: [string, Outcome] = match
        ? [match, await apply('organizations', match, incoming)]
        : [create('organizations', incoming.fields), 'created']
      for (const key of keys) if (!orgByKey.has(key)) orgByKey.set(key, id)
      return [id, outcome]
    }

    async function contact(incoming: RowRecord<Item>): Promise<[string, Outcome]> {
      const keys = emailsOf(incoming.fields as { emails: { address: string }[] })
      const match =
        policy === 'create'
          ? undefined
          : keys.map((key) => contactByEmail.get(key) ?? contactFound.get(key)).find(Boolean)
      const [id, outcome]: [string, Outcome] = match
        ? [match, await apply('contacts', match, incoming)]
        : [create('contacts', incoming.fields), 'created']
      for (const key of keys) if (!contactByEmail.has(key)) contactByEmail.set(key, id)
      return [id, outcome]
    }

    async function affiliate(contactId: string, orgId: string, role?: RowRecords['affiliation']) {
      const pair = `${contactId}|${orgId}`
      if (pairs.has(pair)) {
        count('affiliations', 'unchanged')
        return
      }
      pairs.add(pair)
      const id = crypto.randomUUID()
      out.affiliations.push({
        id,
        contactId,
        organizationId: orgId,
        role: role?.role ?? '',
        ...(role?.startDate ? { startDate: role.startDate } : {}),
        ...(role?.endDate ? { endDate: role.endDate } : {}),
        createdAt: at,
        updatedAt: at,
        deletedAt: LIVE,
        ...(runId ? { importRunId: runId } : {}),
      })
      count('affiliations', 'created')
      // The contact lists the names of its organizations (kept in step by the app).
      const person = await record('contacts', contactId)
      const org = await record('organizations', orgId)
      const name = org?.['name'] as string | undefined
      const names = (person?.['organizationNames'] as string[] | undefined) ?? []
      if (person && name && !names.includes(name)) {
        const merged = { ...person, organizationNames: [...names, name] }
        if (createdInRun.has(contactId)) {
          current.set(contactId, { ...merged, ...deriveContact(merged as unknown as Contact) })
          dirty.set(contactId, 'contacts')
        } else change('contacts', contactId, person, merged, ['organizationNames'])
      }
    }

    for (const row of rows) {
      counts.rows++
      if (row.issues.length) {
        counts.invalid++
        continue
      }
      const orgs: string[] = []
      let main: Outcome | undefined
      if (row.organization) {
        const [id, outcome] = await organization(row.organization as RowRecord<Item>)
        orgs.push(id)
        main = outcome
      }
      for (const name of row.organizationNames ?? []) {
        const fields = organizationSchema.parse({ name })
        orgs.push((await organization({ fields, given: ['name'] }))[0])
      }
      if (row.contact) {
        const [id, outcome] = await contact(row.contact as RowRecord<Item>)
        main = outcome
        if (outcome !== 'skipped') for (const org of orgs) await affiliate(id, org, row.affiliation)
      }
      if (main) counts.byRow[main]++
    }

    for (const [id, table] of dirty) (out[table] as Item[]).push(current.get(id) as Item)
    return out
  }

  return { plan, counts: () => counts }
}
