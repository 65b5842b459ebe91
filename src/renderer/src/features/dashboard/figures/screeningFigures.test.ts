import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ScreeningInput } from '../../../../../shared/domain/screening'
import { db } from '../../../db/db'
import { screeningRepo } from '../../screenings/screeningRepo'
import { ALL_TIME } from './dateRange'
import { readScreeningFacts } from './screeningFacts'
import { screeningFigures } from './screeningFigures'

const NOW = '2024-04-20T12:00:00.000Z'

const screening = (input: Partial<ScreeningInput>): ScreeningInput => ({
  campaignId: 'k1',
  title: 'A screening',
  timeZone: 'America/New_York',
  ...input,
})

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await screeningRepo.createMany([
    screening({
      title: 'Union hall',
      type: 'unionHall',
      status: 'reported',
      startsAt: '2024-03-06T22:30:00.000Z',
      venue: { country: 'United States' },
      hostOrganizationId: 'alu',
      coPresenters: [{ organizationId: 'teamsters', role: '' }],
      rsvps: 160,
      attendance: 142,
      accessibility: { openCaptions: true, asl: true },
    }),
    screening({
      title: 'Hot Docs',
      type: 'festival',
      status: 'held',
      timeZone: 'America/Toronto',
      // 10 pm in Toronto on 1 April is 2 April in UTC: it counts on 1 April.
      startsAt: '2024-04-02T02:00:00.000Z',
      venue: { country: 'Canada' },
      hostOrganizationId: 'hotdocs',
      rsvps: 400,
      attendance: 380,
      attendanceEstimated: true,
      accessibility: { closedCaptions: true, audioDescription: true, asl: true },
    }),
    screening({
      title: 'Campus',
      type: 'campus',
      status: 'held',
      timeZone: 'Europe/Paris',
      startsAt: '2024-04-10T17:00:00.000Z',
      venue: { country: 'France' },
      hostOrganizationId: 'alu',
    }),
    screening({ title: 'Next week', status: 'confirmed', startsAt: '2024-04-28T22:00:00.000Z' }),
    screening({ title: 'Cancelled', status: 'cancelled', startsAt: '2024-04-29T22:00:00.000Z' }),
    screening({ title: 'Undated request' }),
    screening({ title: 'Other campaign', campaignId: 'k2', status: 'held', attendance: 1000 }),
  ])
  const trashed = await screeningRepo.create(
    screening({ title: 'Trashed', status: 'held', attendance: 999 }),
  )
  await screeningRepo.softDelete(trashed.id)
})

describe('figures from the screenings', () => {
  it('count held and upcoming screenings, attendance and the RSVP rate', async () => {
    const figures = screeningFigures(await readScreeningFacts('k1'), ALL_TIME, NOW)
    expect(figures.held).toBe(3)
    expect(figures.upcoming).toBe(1)
    expect(figures.attendance).toEqual({ total: 522, estimated: 380, screenings: 2, average: 261 })
    expect(figures.rsvp).toEqual({ attended: 522, rsvps: 560, screenings: 2, rate: 522 / 560 })
    expect(figures.access).toEqual({ captions: 2, audioDescription: 1, asl: 2 })
  })

  it('break the held screenings down by type, country, region and partner', async () => {
    const figures = screeningFigures(await readScreeningFacts('k1'), ALL_TIME, NOW)
    expect(figures.byType.map((g) => [g.key, g.held, g.attendance])).toEqual([
      ['festival', 1, 380],
      ['unionHall', 1, 142],
      ['campus', 1, 0],
    ])
    expect(figures.byRegion).toEqual([
      { key: 'americas', held: 2, attendance: 522 },
      { key: 'europe', held: 1, attendance: 0 },
    ])
    expect(figures.byCountry.map((g) => g.key)).toEqual(['Canada', 'United States', 'France'])
    expect(figures.byPartner.map((g) => [g.key, g.held])).toEqual([
      ['alu', 2],
      ['hotdocs', 1],
      ['teamsters', 1],
    ])
  })

  it('narrow to the days of the range, each screening on its own local day', async () => {
    const facts = await readScreeningFacts('k1')
    const march = screeningFigures(facts, { from: '2024-03-01', to: '2024-04-01' }, NOW)
    expect(march.held).toBe(2)
    expect(march.attendance.total).toBe(522)
    const april = screeningFigures(facts, { from: '2024-04-02', to: '2024-04-30' }, NOW)
    expect(april).toMatchObject({ held: 1, upcoming: 1 })
  })

  it('take in every campaign when none is chosen, never the trash', async () => {
    const figures = screeningFigures(await readScreeningFacts(null), ALL_TIME, NOW)
    expect(figures.held).toBe(4)
    expect(figures.attendance.total).toBe(1522)
  })
})
