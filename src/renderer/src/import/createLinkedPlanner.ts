import { campaignSchema } from '../../../shared/domain/campaign'
import { metricDefinitionSchema } from '../../../shared/domain/metricDefinition'
import { nameKeyOf } from '../../../shared/domain/organization'
import { LIVE } from '../../../shared/domain/record'
import { screeningSchema } from '../../../shared/domain/screening'
import { csvIssue, type CsvIssue } from '../../../shared/csv/csvIssue'
import { guessMetricUnit, type MetricUnit } from '../../../shared/import/guessMetricUnit'
import type { RowRecord, RowRecords } from '../../../shared/import/rowRecords'
import type { ImpactDeskDb } from '../db/db'
import type { createPeoplePlanner } from './createPeoplePlanner'
import type { ImportBatch, Item, Outcome } from './importBatch'

const fold = (text: string) => nameKeyOf(text)

/** A metric a metric values file names and the workspace lacks, made by the import. */
export type NewMetric = { name: string; campaign: string; unit: MetricUnit; unitWord?: string }
/** A screening a metric values file names and the workspace lacks, made by the import. */
export type NewScreening = { title: string; campaign: string }
/** What the run makes for the records a metric values file names: said on the review. */
export type NewLinks = { metrics: NewMetric[]; screenings: NewScreening[] }

/** Listed on the review; beyond this many the counts still say how many are made. */
export const MAX_NEW_LINKS = 200

/**
 * Screenings and metric values, which name the records they belong to: campaigns by title
 * (created when none matches), partners by name (created too), metrics by name within their
 * campaign and screenings by title (created, when `createLinked` allows and the row or the
 * default names the campaign; else a row to fix). A metric made so takes the unit its name
 * suggests (see guessMetricUnit). A screening matches the live one its row names by id, else
 * one of the same campaign, title and start; a value the one its row names, else one of the
 * same metric, day and place.
 */
export function createLinkedPlanner(
  db: ImpactDeskDb,
  people: ReturnType<typeof createPeoplePlanner>,
  { createLinked = true }: { createLinked?: boolean } = {},
) {
  let campaigns: Map<string, string> | undefined
  let metrics: Map<string, string[]> | undefined
  const screeningByTitle = new Map<string, string>()
  const made: NewLinks = { metrics: [], screenings: [] }

  /** Campaigns and metric definitions are few: read once per run, then kept up to date. */
  async function lookups() {
    if (!campaigns) {
      campaigns = new Map()
      await db.campaigns.each((c) => {
        if (c.deletedAt === LIVE && !campaigns!.has(fold(c.title)))
          campaigns!.set(fold(c.title), c.id)
      })
    }
    if (!metrics) {
      metrics = new Map()
      await db.metricDefinitions.each((m) => {
        if (m.deletedAt !== LIVE) return
        for (const key of [`${m.campaignId}|${fold(m.name)}`, fold(m.name)])
          metrics!.set(key, [...(metrics!.get(key) ?? []), m.id])
      })
    }
    return { campaigns, metrics }
  }

  async function campaignNamed(batch: ImportBatch, title: string): Promise<string> {
    const { campaigns } = await lookups()
    const known = campaigns.get(fold(title))
    if (known) return known
    const id = batch.create('campaigns', campaignSchema.parse({ title }) as Item)
    campaigns.set(fold(title), id)
    return id
  }

  /** A live screening of the campaign with this start and (folded) title, in the database. */
  async function screeningAt(
    batch: ImportBatch,
    campaignId: string,
    startKey: string,
    title: string,
  ): Promise<string | undefined> {
    const candidates = await db.screenings
      .where('[campaignId+startKey]')
      .equals([campaignId, startKey])
      .toArray()
    batch.found(candidates)
    return candidates.find((s) => s.deletedAt === LIVE && fold(s.title) === title)?.id
  }

  /** A live value of the metric on the day, counted at the same place, in the database. */
  async function entryAt(batch: ImportBatch, fields: Item): Promise<string | undefined> {
    const sameDay = await db.metricEntries
      .where('[metricId+date]')
      .equals([fields['metricId'] as string, fields['date'] as string])
      .toArray()
    batch.found(sameDay)
    return sameDay.find(
      (e) =>
        e.deletedAt === LIVE &&
        e.scope === fields['scope'] &&
        e.screeningId === fields['screeningId'] &&
        e.organizationId === fields['organizationId'],
    )?.id
  }

  async function screening(batch: ImportBatch, row: NonNullable<RowRecords['screening']>) {
    const { links } = row
    const campaignId = await campaignNamed(batch, links.campaign)
    const [host] = links.host ? await people.organizationsNamed(batch, [links.host]) : []
    const coPresenters = await people.organizationsNamed(batch, links.coPresenters)
    const fields: Item = {
      ...row.fields,
      campaignId,
      ...(host ? { hostOrganizationId: host } : {}),
      coPresenters: coPresenters.map((organizationId) => ({ organizationId, role: '' })),
    }
    const startKey = (fields['startsAt'] as string | undefined) ?? ''
    const title = fold(fields['title'] as string)
    const key = `${campaignId}|${startKey}|${title}`
    const match =
      batch.namedMatch('screenings', row.id) ??
      screeningByTitle.get(key) ??
      (await screeningAt(batch, campaignId, startKey, title))
    const result = await batch.upsert('screenings', match, { fields, given: row.given })
    screeningByTitle.set(key, result[0])
    return result
  }

  async function metricEntry(
    batch: ImportBatch,
    rowNumber: number,
    row: NonNullable<RowRecords['metricEntry']>,
    issues: CsvIssue[],
  ): Promise<[string, Outcome] | undefined> {
    const { links } = row
    const { campaigns, metrics } = await lookups()
    const unknown = (field: string, value: string) => {
      issues.push(csvIssue('unknownLink', { row: rowNumber }, { field, value }))
      return undefined
    }
    // Every link is checked before anything is created for the row: an unknown metric or
    // screening is made only in a campaign the row (or the default) names.
    const canCreate = createLinked && !!links.campaign
    let screeningId: string | undefined
    const screeningKey = links.screening ? `title|${fold(links.screening)}` : ''
    if (links.screening) {
      screeningId =
        screeningByTitle.get(screeningKey) ??
        (await db.screenings.where('[deletedAt+title]').equals([LIVE, links.screening]).first())?.id
      if (!screeningId && !canCreate) return unknown('Screening', links.screening)
    }
    const knownCampaign = links.campaign ? campaigns.get(fold(links.campaign)) : undefined
    const candidates =
      metrics.get(knownCampaign ? `${knownCampaign}|${fold(links.metric)}` : fold(links.metric)) ??
      []
    let metricId = links.campaign && !knownCampaign ? undefined : candidates[0]
    if (!metricId && !canCreate) return unknown('Metric', links.metric)
    if (!metricId || (links.screening && !screeningId)) {
      const campaign = links.campaign as string
      const campaignId = await campaignNamed(batch, campaign)
      if (links.screening && !screeningId) {
        screeningId = batch.create(
          'screenings',
          screeningSchema.parse({ campaignId, title: links.screening }) as Item,
        )
        if (made.screenings.length < MAX_NEW_LINKS)
          made.screenings.push({ title: links.screening, campaign })
      }
      if (!metricId) {
        const { unit, word } = guessMetricUnit(links.metric)
        metricId = batch.create(
          'metricDefinitions',
          metricDefinitionSchema.parse({ campaignId, name: links.metric, unit }) as Item,
        )
        for (const key of [`${campaignId}|${fold(links.metric)}`, fold(links.metric)])
          metrics.set(key, [...(metrics.get(key) ?? []), metricId])
        if (made.metrics.length < MAX_NEW_LINKS)
          made.metrics.push({
            name: links.metric,
            campaign,
            unit,
            ...(word ? { unitWord: word } : {}),
          })
      }
    }
    if (screeningId) screeningByTitle.set(screeningKey, screeningId)
    const [organizationId] = links.organization
      ? await people.organizationsNamed(batch, [links.organization])
      : []
    const fields: Item = {
      ...row.fields,
      metricId,
      ...(screeningId ? { screeningId } : {}),
      ...(organizationId ? { organizationId } : {}),
    }
    const match = batch.namedMatch('metricEntries', row.id) ?? (await entryAt(batch, fields))
    return batch.upsert('metricEntries', match, { fields, given: row.given } as RowRecord<Item>)
  }

  /** Reads what the batch's rows name: partners by name, screenings and values by their id. */
  async function prepare(batch: ImportBatch, rows: readonly RowRecords[]) {
    const partners = rows
      .flatMap((row) => [
        row.screening?.links.host,
        ...(row.screening?.links.coPresenters ?? []),
        row.metricEntry?.links.organization,
      ])
      .filter((name): name is string => !!name)
      .map((name) => ({ name }))
    const screeningIds = rows.map((row) => row.screening?.id)
    const entryIds = rows.map((row) => row.metricEntry?.id)
    await Promise.all([
      people.prepare(batch, partners, []),
      batch.loadNamed('screenings', screeningIds),
      batch.loadNamed('metricEntries', entryIds),
    ])
  }

  /**
   * Plans the rows of one batch, once prepared; answers each row's outcome, and rows whose links
   * fail.
   */
  async function plan(batch: ImportBatch, rows: readonly RowRecords[], issues: CsvIssue[]) {
    const outcomes: (Outcome | undefined)[] = []
    for (const row of rows) {
      if (row.screening) outcomes.push((await screening(batch, row.screening))[1])
      else if (row.metricEntry)
        outcomes.push((await metricEntry(batch, row.row, row.metricEntry, issues))?.[1])
      else outcomes.push(undefined)
    }
    return outcomes
  }

  return { prepare, plan, made: () => made }
}
