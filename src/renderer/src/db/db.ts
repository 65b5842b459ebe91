import Dexie, { type Table } from 'dexie'
import type { Activity } from '../../../shared/domain/activity'
import type { Affiliation } from '../../../shared/domain/affiliation'
import type { Campaign } from '../../../shared/domain/campaign'
import type { CampaignLink } from '../../../shared/domain/campaignLink'
import type { Contact } from '../../../shared/domain/contact'
import type { ImportRun } from '../../../shared/domain/importRun'
import type { MetricDefinition } from '../../../shared/domain/metricDefinition'
import type { MetricEntry } from '../../../shared/domain/metricEntry'
import type { Organization } from '../../../shared/domain/organization'
import type { Screening } from '../../../shared/domain/screening'
import type { SavedView } from '../../../shared/domain/savedView'
import type { DuplicateDismissal } from '../../../shared/domain/duplicateDismissal'
import type { CampaignLinkDismissal } from '../../../shared/domain/campaignLinkDismissal'
import { metricRollupMiddleware } from './metricRollupMiddleware'
import type { MetricRollup } from '../../../shared/domain/metricRollup'
import type { ImportChange } from '../../../shared/domain/importChange'
import type { MappingPresetRecord } from '../../../shared/domain/mappingPreset'
import { defineSchema } from './schema'

export const DATABASE_NAME = 'impact-desk'

export class ImpactDeskDb extends Dexie {
  campaigns!: Table<Campaign, string>
  organizations!: Table<Organization, string>
  contacts!: Table<Contact, string>
  affiliations!: Table<Affiliation, string>
  screenings!: Table<Screening, string>
  campaignLinks!: Table<CampaignLink, string>
  metricDefinitions!: Table<MetricDefinition, string>
  metricEntries!: Table<MetricEntry, string>
  activities!: Table<Activity, string>
  importRuns!: Table<ImportRun, string>
  savedViews!: Table<SavedView, string>
  duplicateDismissals!: Table<DuplicateDismissal, string>
  campaignLinkDismissals!: Table<CampaignLinkDismissal, string>
  /** Derived from metricEntries (shared/domain/metricRollup.ts); never written by a screen. */
  metricRollups!: Table<MetricRollup, string>
  /** The prior values of records an import run updated (undo puts them back). */
  importChanges!: Table<ImportChange, string>
  mappingPresets!: Table<MappingPresetRecord, string>

  /** `version` below the current one opens the database as an older release wrote it (tests). */
  constructor(name = DATABASE_NAME, version?: number) {
    super(name)
    defineSchema(this, version)
    this.use(metricRollupMiddleware)
  }
}

/** The one database of the renderer; repositories reach it, screens reach repositories. */
export const db = new ImpactDeskDb()
