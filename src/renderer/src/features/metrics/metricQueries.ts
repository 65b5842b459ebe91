import Dexie from 'dexie'
import type { MetricDefinition } from '../../../../shared/domain/metricDefinition'
import type { MetricEntry } from '../../../../shared/domain/metricEntry'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'

const byName = (a: MetricDefinition, b: MetricDefinition) => a.name.localeCompare(b.name)

/**
 * The live metrics of a campaign through the `campaignId` index, by name; of every campaign
 * when none is given. A campaign counts a handful of things, not thousands.
 */
export async function metricsOf(campaignId: string | null): Promise<MetricDefinition[]> {
  if (!campaignId)
    return db.metricDefinitions
      .where('[deletedAt+name]')
      .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey])
      .toArray()
  const metrics = await db.metricDefinitions.where('campaignId').equals(campaignId).toArray()
  return metrics.filter((m) => m.deletedAt === LIVE).sort(byName)
}

const entriesRange = (metricId: string) =>
  db.metricEntries
    .where('[metricId+date]')
    .between([metricId, Dexie.minKey], [metricId, Dexie.maxKey], true, true)

/**
 * A metric's live entries, latest date first, at most `limit`, read from the `[metricId+date]`
 * index so a metric with tens of thousands of values shows its latest at once; `more` says
 * whether older ones remain.
 */
export async function entriesOf(
  metricId: string,
  limit = 50,
): Promise<{ items: MetricEntry[]; more: boolean }> {
  const found = await entriesRange(metricId)
    .reverse()
    .filter((e) => e.deletedAt === LIVE)
    .limit(limit + 1)
    .toArray()
  return { items: found.slice(0, limit), more: found.length > limit }
}

/** The latest live entry of a metric, if any. */
export async function latestEntryOf(metricId: string): Promise<MetricEntry | undefined> {
  return entriesRange(metricId)
    .reverse()
    .filter((e) => e.deletedAt === LIVE)
    .first()
}

/** The live values recorded for one screening, latest date first. */
export async function entriesOfScreening(screeningId: string): Promise<MetricEntry[]> {
  const entries = await db.metricEntries.where('screeningId').equals(screeningId).toArray()
  return entries
    .filter((e) => e.deletedAt === LIVE)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
}

/** The names of the screenings and partners these entries are scoped to, by id. */
export async function scopeNamesOf(entries: readonly MetricEntry[]): Promise<Map<string, string>> {
  const screeningIds = [...new Set(entries.flatMap((e) => e.screeningId ?? []))]
  const organizationIds = [...new Set(entries.flatMap((e) => e.organizationId ?? []))]
  const [screenings, organizations] = await Promise.all([
    db.screenings.bulkGet(screeningIds),
    db.organizations.bulkGet(organizationIds),
  ])
  const names = new Map<string, string>()
  for (const s of screenings) if (s) names.set(s.id, s.title)
  for (const o of organizations) if (o) names.set(o.id, o.name)
  return names
}
