import type Dexie from 'dexie'

/**
 * The database's history. A released version is never edited: a change is a new version, and a
 * version that moves data has an upgrade() and a test that opens the previous version's data.
 * Lists page through `[deletedAt+field]` indexes (deletedAt is '' while a record is live), so
 * each sortable field of a repository has one; index nothing a screen does not query.
 */
export function defineSchema(db: Dexie) {
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
}

export const SCHEMA_VERSION = 1
