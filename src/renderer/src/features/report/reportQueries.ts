import type { Campaign } from '../../../../shared/domain/campaign'
import { LIVE } from '../../../../shared/domain/record'
import type { Screening } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { type DateRange, inRange } from '../dashboard/figures/dateRange'
import { type MetricFigure, readMetricFigures } from '../dashboard/figures/metricFigures'
import { factOf } from '../dashboard/figures/screeningFacts'
import { type ScreeningFigures, screeningFigures } from '../dashboard/figures/screeningFigures'
import { metricsOf } from '../metrics/metricQueries'
import { type MonthRow, screeningsByMonth } from './reportMonths'

export type ReportScreening = Screening & { partnerNames: string[] }

export type ReportData = {
  campaign: Campaign
  /** The dashboard's own figures, so the report and the dashboard always agree. */
  metrics: MetricFigure[]
  figures: ScreeningFigures
  months: MonthRow[]
  /** The screenings of the range, each on its day in its own time zone, with its partners. */
  screenings: ReportScreening[]
}

/** Everything the report shows, or null when the campaign is gone. */
export async function loadReport(
  campaignId: string,
  range: DateRange,
  now: string,
): Promise<ReportData | null> {
  const campaign = await db.campaigns.get(campaignId)
  if (!campaign || campaign.deletedAt !== LIVE) return null
  const [all, metrics] = await Promise.all([
    db.screenings
      .where('[campaignId+startKey]')
      .between([campaignId, ''], [campaignId, '\uffff'], true, true)
      .toArray(),
    metricsOf(campaignId).then((definitions) => readMetricFigures(definitions, range)),
  ])
  const facts = all
    .filter((s) => s.deletedAt === LIVE)
    .map((s) => ({ screening: s, fact: factOf(s) }))
  const inside = facts.filter(({ fact }) => inRange(fact.day, range))
  const partnerIds = [...new Set(inside.flatMap(({ screening }) => screening.partnerIds))]
  const partners = await db.organizations.bulkGet(partnerIds)
  const names = new Map(partners.flatMap((o) => (o ? [[o.id, o.name] as const] : [])))
  return {
    campaign,
    metrics,
    figures: screeningFigures(
      facts.map(({ fact }) => fact),
      range,
      now,
    ),
    months: screeningsByMonth(inside.map(({ fact }) => fact)),
    screenings: inside.map(({ screening }) => ({
      ...screening,
      partnerNames: screening.partnerIds.flatMap((id) => names.get(id) ?? []),
    })),
  }
}
