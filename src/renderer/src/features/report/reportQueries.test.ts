import 'fake-indexeddb/auto'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../db/db'
import { campaignRepo } from '../campaigns/campaignRepo'
import { metricDefinitionRepo } from '../metrics/metricDefinitionRepo'
import { metricEntryRepo } from '../metrics/metricEntryRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { screeningRepo } from '../screenings/screeningRepo'
import { loadReport } from './reportQueries'

const NOW = '2024-07-01T12:00:00.000Z'
let campaignId: string

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  const campaign = await campaignRepo.create({ title: 'UNION' })
  campaignId = campaign.id
  const alu = await organizationRepo.create({ name: 'Amazon Labor Union' })
  const hotDocs = await organizationRepo.create({ name: 'Hot Docs' })
  const base = { campaignId, timeZone: 'America/New_York' }
  await screeningRepo.createMany([
    {
      ...base,
      title: 'ALU hall',
      status: 'reported',
      startsAt: '2024-03-14T22:30:00.000Z',
      hostOrganizationId: alu.id,
      attendance: 142,
    },
    {
      ...base,
      title: 'Hot Docs',
      status: 'held',
      timeZone: 'America/Toronto',
      // 10 pm in Toronto on 30 April is 1 May in UTC: it belongs to April's range.
      startsAt: '2024-05-01T02:00:00.000Z',
      hostOrganizationId: hotDocs.id,
      coPresenters: [{ organizationId: alu.id, role: '' }],
      attendance: 300,
    },
    { ...base, title: 'Too late', status: 'held', startsAt: '2024-06-10T22:00:00.000Z' },
    { ...base, title: 'Other campaign', campaignId: 'other', startsAt: '2024-04-10T22:00:00Z' },
  ])
  const calls = await metricDefinitionRepo.create({ campaignId, name: 'Calls', target: 100 })
  await metricEntryRepo.createMany([
    { metricId: calls.id, date: '2024-03-20', value: 30 },
    { metricId: calls.id, date: '2024-04-20', value: 20 },
    { metricId: calls.id, date: '2024-06-20', value: 50 },
  ])
})

it('reads the campaign, its screenings of the range with partners, figures and months', async () => {
  const report = await loadReport(campaignId, { from: '2024-03-01', to: '2024-04-30' }, NOW)
  expect(report?.campaign.title).toBe('UNION')
  expect(report?.screenings.map((s) => [s.title, s.partnerNames])).toEqual([
    ['ALU hall', ['Amazon Labor Union']],
    ['Hot Docs', ['Hot Docs', 'Amazon Labor Union']],
  ])
  expect(report?.figures).toMatchObject({ held: 2, attendance: { total: 442 } })
  expect(report?.months).toEqual([
    { month: '2024-03', held: 1, attendance: 142 },
    { month: '2024-04', held: 1, attendance: 300 },
  ])
  expect(report?.metrics.map((m) => [m.metric.name, m.value])).toEqual([['Calls', 50]])
})

it('covers every date when the range is open, and nothing of a deleted campaign', async () => {
  const all = await loadReport(campaignId, { from: '', to: '' }, NOW)
  expect(all?.screenings.map((s) => s.title)).toEqual(['ALU hall', 'Hot Docs', 'Too late'])
  expect(all?.metrics[0]?.value).toBe(100)
  await campaignRepo.softDelete(campaignId)
  expect(await loadReport(campaignId, { from: '', to: '' }, NOW)).toBeNull()
})
