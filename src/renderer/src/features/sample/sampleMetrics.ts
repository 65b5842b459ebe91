import type { MetricDefinitionInput } from '../../../../shared/domain/metricDefinition'
import type { MetricEntryInput } from '../../../../shared/domain/metricEntry'
import { SAMPLE_CAMPAIGN_ID, sampleDate, sampleId } from './sampleIds'

const metric = (key: string) => sampleId(`metric-${key}`)
const screening = (key: string) => sampleId(`screening-${key}`)
const org = (key: string) => sampleId(`org-${key}`)
const END_OF_YEAR = '2024-12-31'

/** What UNION counts, from its calls to action: show up, call, text, write, partner. */
export const sampleMetricDefinitions: Record<string, MetricDefinitionInput> = {
  [metric('attendance')]: {
    campaignId: SAMPLE_CAMPAIGN_ID,
    name: 'Screening attendance',
    unit: 'people',
    dynamic: 'buildingCommunities',
    direction: 'increase',
    baseline: 0,
    target: 2000,
    targetDate: END_OF_YEAR,
    description: 'Head count at the door, or the host’s estimate, from each host report.',
  },
  [metric('calls')]: {
    campaignId: SAMPLE_CAMPAIGN_ID,
    name: 'Calls to senators (PRO Act)',
    unit: 'count',
    dynamic: 'changingStructures',
    direction: 'increase',
    baseline: 0,
    target: 1000,
    targetDate: END_OF_YEAR,
    description:
      'Calls asking senators to vote yes on the PRO Act: counted at screenings after the Q&A, and weekly from the call tool on the film’s site.',
  },
  [metric('text-ins')]: {
    campaignId: SAMPLE_CAMPAIGN_ID,
    name: 'Text-ins (WORK to 235246)',
    unit: 'people',
    dynamic: 'changingBehaviours',
    direction: 'increase',
    baseline: 0,
    target: 2500,
    targetDate: END_OF_YEAR,
    description:
      'New numbers that texted WORK to 235246 to join a text action team, from the text platform’s weekly report.',
  },
  [metric('press')]: {
    campaignId: SAMPLE_CAMPAIGN_ID,
    name: 'Press coverage',
    unit: 'count',
    dynamic: 'changingMinds',
    direction: 'increase',
    baseline: 0,
    target: 30,
    targetDate: END_OF_YEAR,
    description: 'Reviews, interviews and features, one entry per piece, the outlet as its source.',
  },
  [metric('partners')]: {
    campaignId: SAMPLE_CAMPAIGN_ID,
    name: 'Partner sign-ups',
    unit: 'count',
    dynamic: 'buildingCommunities',
    direction: 'increase',
    baseline: 0,
    target: 20,
    targetDate: '2024-09-01',
    description: 'Organizations that signed the partner form on the film’s site, one entry each.',
  },
}

type Entry = Omit<MetricEntryInput, 'metricId'>

const atScreening = (key: string, days: number, value: number, extra: Partial<Entry> = {}) =>
  ({
    value,
    date: sampleDate(days),
    scope: 'screening',
    screeningId: screening(key),
    ...extra,
  }) satisfies Entry

const weekly = (values: number[], source: string, firstDay = -49): Entry[] =>
  values.map((value, week) => ({
    value,
    date: sampleDate(firstDay + week * 7),
    periodEnd: sampleDate(firstDay + week * 7 + 6),
    source,
  }))

const series: Record<string, Entry[]> = {
  // The same figures as the screenings' own attendance, estimated where the host estimated.
  attendance: [
    atScreening('alu-hall', -45, 142, { source: 'Door count' }),
    atScreening('rwdsu-hall', -31, 85, { source: 'Host estimate', estimated: true }),
    atScreening('northshore', -24, 62, { source: 'Sign-in sheet' }),
    atScreening('faith', -17, 45, { source: 'Host estimate', estimated: true }),
    atScreening('aflcio-virtual', -10, 310, { source: 'Streaming platform report' }),
  ],
  calls: [
    atScreening('alu-hall', -45, 58, { source: 'Call sheet after the Q&A' }),
    atScreening('rwdsu-hall', -31, 34, { source: 'Host estimate', estimated: true }),
    atScreening('northshore', -24, 21, { source: 'Call sheet after the Q&A' }),
    atScreening('faith', -17, 12, { source: 'Host estimate', estimated: true }),
    atScreening('aflcio-virtual', -10, 96, {
      source: 'Call tool, watch-party link',
      notes: 'Patched through to senators’ offices from the chat.',
    }),
    ...weekly([14, 41, 37, 55, 62, 48, 120], 'Call tool on the film’s site'),
  ],
  'text-ins': weekly([38, 112, 96, 141, 167, 152, 318], 'Text platform weekly report'),
  press: [
    ['The New York Times', -40, 'Review'],
    ['Film Comment', -38, 'Interview with the directors'],
    ['The Hollywood Reporter', -33, 'Review'],
    ['Rolling Stone', -26, 'Feature on the ALU organizers'],
    ['The Nation', -19, 'Review'],
    ['The Film Stage', -12, 'Review'],
  ].map(([source, days, notes]) => ({
    value: 1,
    date: sampleDate(days as number),
    source: source as string,
    notes: notes as string,
  })),
  partners: [
    ['alu', -60],
    ['teamsters', -52],
    ['rwdsu', -44],
    ['aflcio', -38],
    ['northshore', -33],
    ['faithlabor', -27],
  ].map(([key, days]) => ({
    value: 1,
    date: sampleDate(days as number),
    scope: 'organization' as const,
    organizationId: org(key as string),
    source: 'Partner form',
  })),
}

/** A season of values for each metric, on the campaign, its screenings and its partners. */
export const sampleMetricEntries: Record<string, MetricEntryInput> = Object.fromEntries(
  Object.entries(series).flatMap(([key, entries]) =>
    entries.map((entry, index) => [
      sampleId(`entry-${key}-${index + 1}`),
      { ...entry, metricId: metric(key) },
    ]),
  ),
)
