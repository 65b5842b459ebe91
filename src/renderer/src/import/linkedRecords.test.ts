import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportSettings } from '../../../shared/import/importSettings'
import { ImpactDeskDb } from '../db/db'
import { draftFor } from '../features/imports/wizard/wizardDraft'
import type { ImportSource } from './importSource'
import { reviewImport } from './reviewImport'
import { runImport } from './runImport'

let db: ImpactDeskDb
beforeEach(async () => {
  db = new ImpactDeskDb(`linked-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

function source(text: string, name = 'file.csv'): ImportSource {
  const bytes = new TextEncoder().encode(text)
  return {
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.slice(offset, offset + length),
  }
}

/** The wizard's own first settings for the file, with what the user changed on top. */
function wizard(file: ImportSource, bytes: string, changes: Partial<ImportSettings> = {}) {
  const draft = draftFor(file, new TextEncoder().encode(bytes))
  return { settings: { ...draft.settings, ...changes }, headers: draft.headers }
}

const values = [
  'Metric,Value,Date,Screening',
  'Attendance,120,2024-04-28,UNION at the Union Hall',
  'Calls to senators,40,2024-04-29,',
  'Attendance,80,2024-05-02,UNION at the Union Hall',
].join('\n')

it('a metric values file makes the metrics and screenings it names, in the campaign given once', async () => {
  const file = source(values)
  const { settings, headers } = wizard(file, values)
  expect(settings.entity).toBe('metricEntries')
  // No campaign: nothing can be made, every row says what is missing.
  const unplaced = await reviewImport(db, file, settings)
  expect(unplaced.counts.invalid).toBe(3)
  expect(unplaced.newLinks).toEqual({ metrics: [], screenings: [] })

  const withCampaign = { ...settings, defaults: { campaign: 'UNION' } }
  const review = await reviewImport(db, file, withCampaign)
  expect(review.counts.invalid).toBe(0)
  expect(review.newLinks).toEqual({
    metrics: [
      { name: 'Attendance', campaign: 'UNION', unit: 'people', unitWord: 'Attendance' },
      { name: 'Calls to senators', campaign: 'UNION', unit: 'count' },
    ],
    screenings: [{ title: 'UNION at the Union Hall', campaign: 'UNION' }],
  })
  expect(review.counts.byTable.metricDefinitions.created).toBe(2)
  expect(review.counts.byTable.screenings.created).toBe(1)
  expect(await db.metricDefinitions.count()).toBe(0)

  await runImport(db, file, withCampaign, headers)
  const [campaign] = await db.campaigns.toArray()
  expect(campaign?.title).toBe('UNION')
  const metrics = await db.metricDefinitions.toArray()
  expect(metrics.map((m) => [m.name, m.unit, m.campaignId]).sort()).toEqual([
    ['Attendance', 'people', campaign!.id],
    ['Calls to senators', 'count', campaign!.id],
  ])
  const [screening] = await db.screenings.toArray()
  expect(screening).toMatchObject({ title: 'UNION at the Union Hall', campaignId: campaign!.id })
  const entries = (await db.metricEntries.toArray()).sort((a, b) => a.date.localeCompare(b.date))
  expect(entries.map((e) => [e.value, e.scope, e.screeningId ?? null])).toEqual([
    [120, 'screening', screening!.id],
    [40, 'campaign', null],
    [80, 'screening', screening!.id],
  ])
  // The same file again finds what the first run made.
  const again = await reviewImport(db, file, withCampaign)
  expect(again.counts.byRow).toMatchObject({ created: 0, unchanged: 3 })
  expect(again.newLinks).toEqual({ metrics: [], screenings: [] })
})

it('makes nothing new when the user says no: those rows are to fix', async () => {
  const file = source(values)
  const { settings } = wizard(file, values, {
    defaults: { campaign: 'UNION' },
    createLinked: false,
  })
  const review = await reviewImport(db, file, settings)
  expect(review.counts.invalid).toBe(3)
  expect(review.problems[0]?.issues).toEqual([
    expect.objectContaining({
      code: 'unknownLink',
      params: { field: 'Screening', value: 'UNION at the Union Hall' },
    }),
  ])
  expect(review.problems[1]?.issues).toEqual([
    expect.objectContaining({
      code: 'unknownLink',
      params: { field: 'Metric', value: 'Calls to senators' },
    }),
  ])
})

const schedule = [
  'Title,Date,Time,Venue,City,Time zone',
  'UNION at Hot Docs,28/04/2024,7:00 PM,Hot Docs,Toronto,America/Toronto',
  'Spring forward,10/03/2024,2:30 AM,Union Hall,New York,America/New_York',
  'Fall back,03/11/2024,01:30,Union Hall,New York,America/New_York',
].join('\n')

it('a schedule lists the starts the clocks skip or repeat, and stores each as chosen', async () => {
  const file = source(schedule, 'schedule.csv')
  const { settings, headers } = wizard(file, schedule, { defaults: { campaign: 'UNION' } })
  expect(settings.entity).toBe('screenings')
  expect(settings.valueOptions.dateFormat).toBe('dmySlash')
  const review = await reviewImport(db, file, settings)
  expect(review.counts.invalid).toBe(0)
  expect(review.clockChanges).toEqual([
    {
      row: 3,
      title: 'Spring forward',
      change: expect.objectContaining({ kind: 'gap', wall: '2024-03-10T02:30', chosen: 'later' }),
    },
    {
      row: 4,
      title: 'Fall back',
      change: expect.objectContaining({
        kind: 'overlap',
        wall: '2024-11-03T01:30',
        chosen: 'earlier',
      }),
    },
  ])
  const chosen = { ...settings, clockChoices: { 4: 'later' as const } }
  expect((await reviewImport(db, file, chosen)).clockChanges[1]?.change.chosen).toBe('later')
  await runImport(db, file, chosen, headers)
  const starts = Object.fromEntries(
    (await db.screenings.toArray()).map((s) => [s.title, s.startsAt]),
  )
  expect(starts).toEqual({
    'UNION at Hot Docs': '2024-04-28T23:00:00.000Z',
    'Spring forward': '2024-03-10T07:30:00.000Z',
    'Fall back': '2024-11-03T06:30:00.000Z',
  })
})
