import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { campaignLinkRepo } from '../features/campaigns/campaignLinkRepo'
import { campaignRepo } from '../features/campaigns/campaignRepo'
import { activityRepo } from '../features/activities/activityRepo'
import { affiliationRepo } from '../features/contacts/affiliationRepo'
import { contactRepo } from '../features/contacts/contactRepo'
import { importRunRepo } from '../features/imports/importRunRepo'
import { metricDefinitionRepo } from '../features/metrics/metricDefinitionRepo'
import { metricEntryRepo } from '../features/metrics/metricEntryRepo'
import { organizationRepo } from '../features/partners/organizationRepo'
import { screeningRepo } from '../features/screenings/screeningRepo'
import { campaignLinkDismissalRepo } from '../features/campaigns/campaignLinkDismissalRepo'
import { duplicateDismissalRepo } from '../features/duplicates/duplicateDismissalRepo'
import { savedViewRepo } from '../features/views/savedViewRepo'
import { mappingPresetRepo } from '../features/imports/mappingPresetRepo'
import { ImpactDeskDb } from './db'
import { SCHEMA_VERSION } from './schema'

const repos = {
  campaigns: campaignRepo,
  organizations: organizationRepo,
  contacts: contactRepo,
  affiliations: affiliationRepo,
  screenings: screeningRepo,
  campaignLinks: campaignLinkRepo,
  metricDefinitions: metricDefinitionRepo,
  metricEntries: metricEntryRepo,
  activities: activityRepo,
  importRuns: importRunRepo,
  savedViews: savedViewRepo,
  duplicateDismissals: duplicateDismissalRepo,
  campaignLinkDismissals: campaignLinkDismissalRepo,
  mappingPresets: mappingPresetRepo,
}

let db: ImpactDeskDb | undefined
afterEach(async () => {
  await db?.delete()
})

it('opens an empty database at the current version with a table per entity', async () => {
  db = new ImpactDeskDb('schema-test')
  await db.open()
  expect(db.verno).toBe(SCHEMA_VERSION)
  // Besides the entities, the tables derived from them: the dashboard's rollups, and the prior
  // values of records imports updated.
  const derived = ['metricRollups', 'importChanges']
  expect(db.tables.map((table) => table.name).sort()).toEqual(
    [...Object.keys(repos), ...derived].sort(),
  )
})

it('gives every sortable field a [deletedAt+field] index, and the trash its own', async () => {
  db = new ImpactDeskDb('schema-index-test')
  await db.open()
  for (const [name, repo] of Object.entries(repos)) {
    const indexes = db.table(name).schema.indexes.map((index) => index.name)
    expect(indexes, name).toContain('deletedAt')
    for (const key of repo.sortKeys)
      expect(indexes, `${name}.${key}`).toContain(`[deletedAt+${key}]`)
  }
})

it('keeps records across closing and reopening', async () => {
  db = new ImpactDeskDb('schema-reopen-test')
  await db.campaigns.add({
    id: 'k1',
    title: 'UNION',
    logline: '',
    issueTags: [],
    impactDynamics: [],
    goals: '',
    status: 'active',
    film: { languages: [], closedCaptions: true, audioDescription: true, asl: false },
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    deletedAt: '',
  })
  db.close()
  const reopened = new ImpactDeskDb('schema-reopen-test')
  expect((await reopened.campaigns.get('k1'))?.title).toBe('UNION')
  db = reopened
})
