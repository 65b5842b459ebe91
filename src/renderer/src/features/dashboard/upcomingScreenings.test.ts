import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { loadSample } from '../sample/sample'
import { sampleId } from '../sample/sampleIds'
import { screeningRepo } from '../screenings/screeningRepo'
import { lacksOf, upcomingPanel } from './upcomingScreenings'

const SEASON_NOW = '2024-04-20T12:00:00.000Z'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await loadSample()
})

describe('the upcoming screenings panel', () => {
  it('lists the next screenings by start, without cancelled or undated ones', async () => {
    const { upcoming, hostNames } = await upcomingPanel(SEASON_NOW)
    expect(upcoming.map((s) => s.id)).toEqual(
      [
        'screening-hotdocs',
        'screening-teamsters-queens',
        'screening-bessemer',
        'screening-library',
        'screening-virtual-es',
      ].map(sampleId),
    )
    expect(hostNames.get(sampleId('org-hotdocs'))).toBe('Hot Docs')
  })

  it('lists held screenings owed a report, most recent first', async () => {
    const { awaitingReport } = await upcomingPanel(SEASON_NOW)
    expect(awaitingReport.map((s) => s.id)).toEqual(
      ['screening-aflcio-virtual', 'screening-faith'].map(sampleId),
    )
  })

  it('says what each screening lacks', async () => {
    const get = async (key: string) => (await screeningRepo.get(sampleId(key)))!
    expect(lacksOf(await get('screening-hotdocs'), SEASON_NOW)).toEqual([])
    expect(lacksOf(await get('screening-virtual-es'), SEASON_NOW)).toEqual([
      'hostContact',
      'captions',
    ])
    expect(lacksOf(await get('screening-faith'), SEASON_NOW)).toEqual(['report'])
    expect(lacksOf(await get('screening-alu-hall'), SEASON_NOW)).toEqual([])
    // Once its date has passed without a report, a confirmed screening is owed one.
    expect(lacksOf(await get('screening-hotdocs'), '2024-05-01T00:00:00.000Z')).toEqual(['report'])
  })
})
