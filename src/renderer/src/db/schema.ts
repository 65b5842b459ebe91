import type Dexie from 'dexie'
import {
  type ScreeningFields,
  deriveScreening,
  screeningSchema,
} from '../../../shared/domain/screening'
import { type ContactFields, deriveContact, personNameKey } from '../../../shared/domain/contact'
import { type RolledEntry, rollupsOf } from '../../../shared/domain/metricRollup'
import {
  type OrganizationFields,
  deriveOrganization,
  domainOf,
  nameKeyOf,
} from '../../../shared/domain/organization'

/**
 * The database's history. A released version is never edited: a change is a new version, and a
 * version that moves data has an upgrade() and a test that opens the previous version's data.
 * Lists page through `[deletedAt+field]` indexes (deletedAt is '' while a record is live), so
 * each sortable field of a repository has one; index nothing a screen does not query.
 */
export const SCHEMA_VERSION = 7

export function defineSchema(db: Dexie, upTo = SCHEMA_VERSION) {
  db.version(1).stores({
    campaigns: 'id, deletedAt, [deletedAt+title], [deletedAt+status], [deletedAt+updatedAt]',
    organizations:
      'id, deletedAt, domain, *tags, [deletedAt+name], [deletedAt+type], [deletedAt+stage], [deletedAt+updatedAt]',
    contacts:
      'id, deletedAt, *tags, [deletedAt+lastName], [deletedAt+firstName], [deletedAt+updatedAt]',
    affiliations:
      'id, deletedAt, contactId, organizationId, screeningId, campaignId, [deletedAt+role], [deletedAt+updatedAt]',
    screenings:
      'id, deletedAt, campaignId, hostOrganizationId, [deletedAt+title], [deletedAt+status], [deletedAt+type], [deletedAt+updatedAt]',
    campaignLinks:
      'id, deletedAt, fromCampaignId, toCampaignId, [deletedAt+type], [deletedAt+updatedAt]',
    metricDefinitions: 'id, deletedAt, campaignId, [deletedAt+name], [deletedAt+updatedAt]',
    metricEntries:
      'id, deletedAt, [metricId+date], screeningId, organizationId, [deletedAt+date], [deletedAt+updatedAt]',
    activities:
      'id, deletedAt, [subjectId+occurredAt], [deletedAt+occurredAt], [deletedAt+updatedAt]',
    importRuns: 'id, deletedAt, [deletedAt+startedAt], [deletedAt+updatedAt]',
  })

  if (upTo < 2) return
  // 2: partners and contacts searchable and filterable at 100,000 rows; saved views; duplicates.
  db.version(2)
    .stores({
      organizations:
        'id, deletedAt, domain, *tags, *searchWords, *languages, country, strength, type, stage, [deletedAt+name], [deletedAt+type], [deletedAt+stage], [deletedAt+updatedAt], [deletedAt+stage+name]',
      contacts:
        'id, deletedAt, *tags, *searchWords, *emailKeys, preferredLanguage, strength, [deletedAt+lastName], [deletedAt+firstName], [deletedAt+updatedAt]',
      savedViews: 'id, deletedAt, [deletedAt+name], [deletedAt+updatedAt], entity',
      duplicateDismissals: 'id, deletedAt, pair, [deletedAt+updatedAt]',
    })
    .upgrade(async (tx) => {
      await tx
        .table('organizations')
        .toCollection()
        .modify((org: OrganizationFields) => {
          Object.assign(
            org,
            deriveOrganization({ ...org, domain: org.domain || domainOf(org.website) }),
          )
        })
      await tx
        .table('contacts')
        .toCollection()
        .modify((contact: ContactFields) => {
          contact.organizationNames ??= []
          Object.assign(contact, deriveContact(contact))
        })
    })

  if (upTo < 3) return
  // 3: screenings filterable by date, partner, accessibility and country; campaign membership of
  // partners and contacts; dismissed campaign-link suggestions.
  db.version(3)
    .stores({
      organizations:
        'id, deletedAt, domain, *tags, *searchWords, *languages, country, strength, type, stage, *campaignIds, [deletedAt+name], [deletedAt+type], [deletedAt+stage], [deletedAt+updatedAt], [deletedAt+stage+name]',
      contacts:
        'id, deletedAt, *tags, *searchWords, *emailKeys, preferredLanguage, strength, *campaignIds, [deletedAt+lastName], [deletedAt+firstName], [deletedAt+updatedAt]',
      screenings:
        'id, deletedAt, campaignId, hostOrganizationId, status, type, country, startKey, *partnerIds, *accessFeatures, *searchWords, [campaignId+startKey], [deletedAt+startKey], [deletedAt+title], [deletedAt+status], [deletedAt+type], [deletedAt+updatedAt]',
      campaignLinkDismissals: 'id, deletedAt, pair, [deletedAt+updatedAt]',
    })
    .upgrade(async (tx) => {
      for (const table of ['organizations', 'contacts']) {
        await tx
          .table(table)
          .toCollection()
          .modify((record: { campaignIds?: string[] }) => {
            record.campaignIds ??= []
          })
      }
      await tx
        .table('screenings')
        .toCollection()
        .modify((screening: ScreeningFields) => {
          const fields = screeningSchema.parse(screening)
          Object.assign(screening, fields, deriveScreening(fields))
        })
    })

  if (upTo < 4) return
  // 4: the dashboard's metric rollups (sum and count per metric and day or month), kept by
  // metricRollupMiddleware in every write to metricEntries, built here from the entries there are.
  db.version(4)
    .stores({ metricRollups: 'id, [metricId+period]' })
    .upgrade(async (tx) => {
      const entries = (await tx.table('metricEntries').toArray()) as RolledEntry[]
      const rollups = tx.table('metricRollups')
      await rollups.clear()
      await rollups.bulkPut(rollupsOf(entries))
    })

  if (upTo < 5) return
  // 5: imports. Records an import creates carry its run id (undo removes them); the prior values
  // of records it updates are kept in importChanges; organizations are matched by a folded name.
  db.version(5)
    .stores({
      organizations:
        'id, deletedAt, domain, nameKey, importRunId, *tags, *searchWords, *languages, country, strength, type, stage, *campaignIds, [deletedAt+name], [deletedAt+type], [deletedAt+stage], [deletedAt+updatedAt], [deletedAt+stage+name]',
      contacts:
        'id, deletedAt, importRunId, *tags, *searchWords, *emailKeys, preferredLanguage, strength, *campaignIds, [deletedAt+lastName], [deletedAt+firstName], [deletedAt+updatedAt]',
      affiliations:
        'id, deletedAt, contactId, organizationId, screeningId, campaignId, importRunId, [deletedAt+role], [deletedAt+updatedAt]',
      campaigns:
        'id, deletedAt, importRunId, [deletedAt+title], [deletedAt+status], [deletedAt+updatedAt]',
      screenings:
        'id, deletedAt, campaignId, hostOrganizationId, status, type, country, startKey, importRunId, *partnerIds, *accessFeatures, *searchWords, [campaignId+startKey], [deletedAt+startKey], [deletedAt+title], [deletedAt+status], [deletedAt+type], [deletedAt+updatedAt]',
      metricDefinitions:
        'id, deletedAt, campaignId, importRunId, [deletedAt+name], [deletedAt+updatedAt]',
      metricEntries:
        'id, deletedAt, [metricId+date], screeningId, organizationId, importRunId, [deletedAt+date], [deletedAt+updatedAt]',
      importRuns: 'id, deletedAt, status, [deletedAt+startedAt], [deletedAt+updatedAt]',
      importChanges: 'id, runId',
      mappingPresets: 'id, deletedAt, entity, [deletedAt+name], [deletedAt+updatedAt]',
    })
    .upgrade(async (tx) => {
      await tx
        .table('organizations')
        .toCollection()
        .modify((org: { name: string; nameKey?: string }) => {
          org.nameKey = nameKeyOf(org.name)
        })
    })

  if (upTo < 6) return
  // 6: a person without an email is matched by their folded name (imports), read by its index.
  db.version(6)
    .stores({
      contacts:
        'id, deletedAt, importRunId, nameKey, *tags, *searchWords, *emailKeys, preferredLanguage, strength, *campaignIds, [deletedAt+lastName], [deletedAt+firstName], [deletedAt+updatedAt]',
    })
    .upgrade(async (tx) => {
      await tx
        .table('contacts')
        .toCollection()
        .modify((contact: { firstName: string; lastName: string; nameKey?: string }) => {
          contact.nameKey = personNameKey(contact.firstName, contact.lastName)
        })
    })

  if (upTo < 7) return
  // 7: only people without an email keep a folded name, so an import reads no namesakes that
  // have one (a common name could read thousands).
  db.version(7)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('contacts')
        .toCollection()
        .modify((contact: { emailKeys?: string[]; nameKey?: string }) => {
          if (contact.emailKeys?.length) delete contact.nameKey
        })
    })
}
