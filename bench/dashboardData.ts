import { metricDefinitionRecords, metricEntryRecords, metricRollupRecords } from '../e2e/metricSeed'
import { campaignRecord, screeningRecords } from '../e2e/screeningSeed'
import type { MetricDefinitionInput } from '../src/shared/domain/metricDefinition'
import type { MetricEntryInput } from '../src/shared/domain/metricEntry'
import { type ScreeningInput, screeningTypes } from '../src/shared/domain/screening'
import { organizationInputs, organizationRecords, random } from './data'

/**
 * The Dashboard's workspace, seeded: campaigns, partners, screenings and metric entries (with
 * the rollups the app keeps beside them). The same sizes give the same records on every run.
 */

export type DashboardSizes = { organizations: number; screenings: number; metricEntries: number }

const DAY = 86_400_000
/** Screenings and entries span five calendar years, so every date preset finds some. */
const START = Date.UTC(2023, 0, 1)
const END = Date.UTC(2027, 11, 31)
/** Before this instant a screening has taken place (held, reported or cancelled); after, not yet. */
const PIVOT = Date.UTC(2026, 11, 1)
/** Fixed timestamps: `stamp()` in the e2e seeds takes the clock, which would vary between runs. */
const STAMP = { createdAt: '2023-01-01T00:00:00.000Z', updatedAt: '2023-01-01T00:00:00.000Z' }

const zones = [
  'America/New_York',
  'America/Toronto',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/Port-au-Prince',
  'America/Sao_Paulo',
  'Europe/Paris',
  'Europe/London',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'Asia/Manila',
  'Asia/Kolkata',
  'Australia/Sydney',
  'UTC',
]
const countries = ['United States', 'Canada', 'Mexico', 'Haiti', 'France', 'Nigeria', 'India', '']
const titles = ['UNION', 'UNION with a panel', 'UNION and a talk-back', 'Organizers night']

const metricInputs = (campaignIds: string[]): MetricDefinitionInput[] =>
  (
    [
      { name: 'Calls to senators', unit: 'count', target: 5_000_000 },
      { name: 'People reached', unit: 'people', baseline: 1_000, target: 50_000_000 },
      { name: 'Donations', unit: 'currency', target: 20_000_000 },
      { name: 'Pledges signed', unit: 'count' },
      { name: 'Would take action', unit: 'percent', target: 60 },
      { name: 'Audience rating', unit: 'rating', target: 4.5 },
      { name: 'Press mentions', unit: 'count', direction: 'increase' },
      { name: 'Union cards signed', unit: 'count', target: 1_000_000 },
    ] satisfies Omit<MetricDefinitionInput, 'campaignId'>[]
  ).map((input, index) => ({ ...input, campaignId: campaignIds[index % campaignIds.length]! }))

const valueOf: Record<string, (r: ReturnType<typeof random>) => number> = {
  count: (r) => 1 + r.int(50),
  people: (r) => 10 + r.int(500),
  currency: (r) => 10 + r.int(1_000),
  percent: (r) => r.int(101),
  rating: (r) => 1 + r.int(5),
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export function dashboardWorkspace(sizes: DashboardSizes, seed = 99) {
  const r = random(seed)
  const campaigns = ['UNION', 'Amazon Labor', 'Bessemer'].map((title, index) => ({
    ...campaignRecord({ title, status: 'active' }, `campaign-${index}`),
    ...STAMP,
  }))
  const campaignIds = campaigns.map((c) => c.id)
  const organizations = organizationRecords(organizationInputs(sizes.organizations)).map((org) => ({
    ...org,
    campaignIds: [r.pick(campaignIds)],
  }))

  const screeningInputs: ScreeningInput[] = Array.from({ length: sizes.screenings }, () => {
    const host = r.pick(organizations)
    const dated = !r.chance(0.03)
    const at = START + r.int((END - START) / DAY) * DAY + (17 + r.int(6)) * 3_600_000
    const past = dated && at < PIVOT
    const status = past
      ? r.pick(['held', 'held', 'reported', 'reported', 'reported', 'cancelled'] as const)
      : r.pick(['requested', 'approved', 'confirmed'] as const)
    const taken = status === 'held' || status === 'reported'
    const rsvps = r.chance(0.6) ? 20 + r.int(400) : undefined
    return {
      campaignId: host.campaignIds[0]!,
      title: `${r.pick(titles)} at ${host.name}`,
      type: r.pick(screeningTypes),
      startsAt: dated ? new Date(at).toISOString() : undefined,
      timeZone: r.pick(zones),
      venue: { name: host.name, city: host.city, country: r.pick(countries) },
      hostOrganizationId: host.id,
      coPresenters: r.chance(0.25)
        ? [{ organizationId: r.pick(organizations).id, role: 'Outreach' }]
        : [],
      status,
      rsvps,
      attendance: taken && r.chance(0.85) ? 10 + r.int(450) : undefined,
      attendanceEstimated: r.chance(0.2),
      accessibility: {
        closedCaptions: r.chance(0.5),
        openCaptions: r.chance(0.1),
        audioDescription: r.chance(0.2),
        asl: r.chance(0.15),
      },
    }
  })
  const screenings = screeningRecords(screeningInputs).map((s) => ({ ...s, ...STAMP }))

  const metrics = metricDefinitionRecords(metricInputs(campaignIds)).map((m) => ({
    ...m,
    ...STAMP,
  }))
  const entryInputs: MetricEntryInput[] = Array.from({ length: sizes.metricEntries }, () => {
    const metric = r.pick(metrics)
    return {
      metricId: metric.id,
      value: valueOf[metric.unit]!(r),
      date: isoDay(START + r.int((END - START) / DAY) * DAY),
      source: r.chance(0.3) ? 'sign-up sheet' : '',
    }
  })
  const entries = metricEntryRecords(entryInputs).map((e) => ({ ...e, ...STAMP }))
  const rollups = metricRollupRecords(entries)
  return { campaigns, organizations, screenings, metrics, entries, rollups }
}
