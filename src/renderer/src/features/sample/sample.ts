import Dexie, { type Table } from 'dexie'
import { activitySchema } from '../../../../shared/domain/activity'
import { affiliationSchema } from '../../../../shared/domain/affiliation'
import { campaignSchema } from '../../../../shared/domain/campaign'
import { campaignLinkSchema } from '../../../../shared/domain/campaignLink'
import { contactSchema, deriveContact } from '../../../../shared/domain/contact'
import { deriveOrganization, organizationSchema } from '../../../../shared/domain/organization'
import { metricDefinitionSchema } from '../../../../shared/domain/metricDefinition'
import { metricEntrySchema } from '../../../../shared/domain/metricEntry'
import { LIVE } from '../../../../shared/domain/record'
import { deriveScreening, screeningSchema } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { reportNow } from '../backups/workspaceGuard'
import { sampleActivities } from './sampleActivities'
import { sampleCampaignLinks, sampleCampaigns } from './sampleCampaigns'
import { sampleAffiliations, sampleContacts } from './sampleContacts'
import { SAMPLE_CAMPAIGN_ID, SAMPLE_PREFIX } from './sampleIds'
import { sampleMetricDefinitions, sampleMetricEntries } from './sampleMetrics'
import { sampleOrganizations } from './sampleOrganizations'
import { sampleScreenings } from './sampleScreenings'

type Parser<T> = { parse: (input: unknown) => T }

/** Records as the repositories store them: parsed by the schema, derived fields, given ids. */
function build<T extends object>(
  inputs: Record<string, unknown>,
  schema: Parser<T>,
  derive: (fields: T) => object = () => ({}),
  at: string,
) {
  return Object.entries(inputs).map(([id, input]) => {
    const fields = schema.parse(input)
    return { ...fields, ...derive(fields), id, createdAt: at, updatedAt: at, deletedAt: LIVE }
  })
}

/** Every record of the sample, by table, validated; throws before anything is written. */
export function buildSample(at = new Date().toISOString()) {
  const organizations = build(sampleOrganizations, organizationSchema, deriveOrganization, at)
  const orgNames = Object.fromEntries(organizations.map((org) => [org.id, org.name]))
  return {
    campaigns: build(sampleCampaigns, campaignSchema, undefined, at),
    organizations,
    contacts: build(sampleContacts(orgNames), contactSchema, deriveContact, at),
    affiliations: build(sampleAffiliations(), affiliationSchema, undefined, at),
    screenings: build(sampleScreenings, screeningSchema, deriveScreening, at),
    campaignLinks: build(sampleCampaignLinks, campaignLinkSchema, undefined, at),
    activities: build(sampleActivities, activitySchema, undefined, at),
    metricDefinitions: build(sampleMetricDefinitions, metricDefinitionSchema, undefined, at),
    metricEntries: build(sampleMetricEntries, metricEntrySchema, undefined, at),
  }
}

export type SampleRecords = ReturnType<typeof buildSample>

/**
 * Loads the sample in one transaction: all of it or, on any failure, nothing. Does nothing when
 * the sample campaign is already there; returns whether it loaded.
 */
export async function loadSample(): Promise<boolean> {
  const sample = buildSample()
  const tables = Object.keys(sample).map((name) => db.table(name))
  return db.transaction('rw', tables, async () => {
    if (await db.campaigns.get(SAMPLE_CAMPAIGN_ID)) return false
    for (const [name, records] of Object.entries(sample)) {
      await db.table(name).bulkAdd(records)
    }
    return true
  })
}

const sampleKeys = (table: Table) => table.where('id').startsWith(SAMPLE_PREFIX)

const pointingAtSample = (table: Table, index: string) =>
  table.where(index).startsWith(SAMPLE_PREFIX).delete()

/**
 * Deletes for good every record whose id starts with "sample-", in every table, in one
 * transaction; records the user made keep their random ids and are never touched. Links that
 * only hang off sample records go too (an edit logged in a sample record's timeline, an
 * affiliation or campaign link to a sample record, a metric of a sample campaign and the values
 * recorded for a sample screening or partner), so nothing points at a record that is gone.
 */
export async function removeSample(): Promise<number> {
  const removed = await removeSampleRecords()
  await reportNow(db)
  return removed
}

function removeSampleRecords(): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    let removed = 0
    // Metrics the user defined for a sample campaign, and every value of a metric that goes.
    const metricIds = [
      ...(await sampleKeys(db.metricDefinitions).primaryKeys()),
      ...(await db.metricDefinitions.where('campaignId').startsWith(SAMPLE_PREFIX).primaryKeys()),
    ]
    for (const metricId of new Set(metricIds)) {
      removed += await db.metricEntries
        .where('[metricId+date]')
        .between([metricId, Dexie.minKey], [metricId, Dexie.maxKey])
        .delete()
    }
    removed += await pointingAtSample(db.metricDefinitions, 'campaignId')
    for (const table of db.tables) removed += await sampleKeys(table).delete()
    for (const index of ['screeningId', 'organizationId']) {
      removed += await pointingAtSample(db.metricEntries, index)
    }
    for (const index of ['contactId', 'organizationId', 'screeningId', 'campaignId']) {
      removed += await pointingAtSample(db.affiliations, index)
    }
    for (const index of ['fromCampaignId', 'toCampaignId']) {
      removed += await pointingAtSample(db.campaignLinks, index)
    }
    removed += await db.activities
      .where('[subjectId+occurredAt]')
      .between([SAMPLE_PREFIX, Dexie.minKey], [`${SAMPLE_PREFIX}\uffff`, Dexie.maxKey])
      .delete()
    return removed
  })
}

/** Whether any sample record is in the workspace (live or in the trash). */
export async function isSampleLoaded(): Promise<boolean> {
  for (const table of [db.campaigns, db.organizations, db.contacts, db.screenings]) {
    if ((await sampleKeys(table).count()) > 0) return true
  }
  return false
}
