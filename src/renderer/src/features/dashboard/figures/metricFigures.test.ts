import 'fake-indexeddb/auto'
import { liveQuery } from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MetricDefinitionInput } from '../../../../../shared/domain/metricDefinition'
import { db } from '../../../db/db'
import { metricDefinitionRepo } from '../../metrics/metricDefinitionRepo'
import { metricEntryRepo } from '../../metrics/metricEntryRepo'
import { ALL_TIME } from './dateRange'
import { readMetricFigures } from './metricFigures'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

async function metricWith(input: Partial<MetricDefinitionInput>, values: [string, number][]) {
  const metric = await metricDefinitionRepo.create({ campaignId: 'k1', name: 'Calls', ...input })
  await metricEntryRepo.createMany(
    values.map(([date, value]) => ({ metricId: metric.id, date, value })),
  )
  return metric
}

const calls: [string, number][] = [
  ['2024-03-30', 10],
  ['2024-04-01', 20],
  ['2024-04-15', 30],
  ['2024-04-30', 40],
  ['2024-05-02', 50],
  ['2024-06-10', 60],
]

describe('metric figures', () => {
  it('sum counts over any range of days, whole months and cut ones alike', async () => {
    const metric = await metricWith({ baseline: 0, target: 420 }, calls)
    const figure = async (from: string, to: string) =>
      (await readMetricFigures([metric], { from, to }))[0]!
    expect((await figure('', '')).value).toBe(210)
    expect((await figure('2024-04-01', '2024-04-30')).value).toBe(90)
    expect((await figure('2024-04-02', '2024-05-02')).value).toBe(120)
    expect((await figure('2024-03-31', '2024-06-09')).value).toBe(140)
    expect((await figure('2024-07-01', '')).value).toBeNull()
    // The level counts everything up to the end of the range, from the baseline.
    const april = await figure('2024-04-15', '2024-04-30')
    expect(april).toMatchObject({ value: 70, entries: 2, level: 100, grain: 'day' })
    expect(april.progress).toBeCloseTo(100 / 420)
  })

  it('draw short ranges day by day and long ones month by month, with quiet periods as zeros', async () => {
    const metric = await metricWith({}, calls)
    const [all] = await readMetricFigures([metric], ALL_TIME)
    expect(all!.grain).toBe('month')
    expect(all!.series).toEqual([
      { period: '2024-03', value: 10 },
      { period: '2024-04', value: 90 },
      { period: '2024-05', value: 50 },
      { period: '2024-06', value: 60 },
    ])
    const [cut] = await readMetricFigures([metric], { from: '2024-04-02', to: '2024-07-31' })
    expect(cut!.series[0]).toEqual({ period: '2024-04', value: 70 })
    const [days] = await readMetricFigures([metric], { from: '2024-04-28', to: '2024-05-03' })
    expect(days!.series).toEqual([
      { period: '2024-04-30', value: 40 },
      { period: '2024-05-01', value: 0 },
      { period: '2024-05-02', value: 50 },
    ])
  })

  it('average readings (percent, rating) instead of adding them up', async () => {
    const metric = await metricWith({ unit: 'percent', baseline: 40, target: 60 }, [
      ['2024-04-01', 45],
      ['2024-04-20', 55],
      ['2024-05-01', 70],
    ])
    const [april] = await readMetricFigures([metric], { from: '2024-04-01', to: '2024-04-30' })
    expect(april).toMatchObject({ value: 50, level: 50, progress: 0.5 })
    const [all] = await readMetricFigures([metric], ALL_TIME)
    expect(all!.series).toEqual([
      { period: '2024-04', value: 50 },
      { period: '2024-05', value: 70 },
    ])
  })

  it('follow new entries and leave out deleted ones', async () => {
    const metric = await metricWith({ target: 100 }, [['2024-04-01', 20]])
    const entry = await metricEntryRepo.create({
      metricId: metric.id,
      date: '2024-04-02',
      value: 5,
    })
    expect((await readMetricFigures([metric], ALL_TIME))[0]!.value).toBe(25)
    await metricEntryRepo.softDelete(entry.id)
    expect((await readMetricFigures([metric], ALL_TIME))[0]).toMatchObject({
      value: 20,
      progress: 0.2,
    })
  })

  it('tell a live query when a value is added, as the dashboard shows it', async () => {
    const metric = await metricWith({}, [['2024-04-01', 20]])
    const seen: (number | null)[] = []
    const subscription = liveQuery(() => readMetricFigures([metric], ALL_TIME)).subscribe(
      (figures) => seen.push(figures[0]!.value),
    )
    await expect.poll(() => seen).toEqual([20])
    await metricEntryRepo.create({ metricId: metric.id, date: '2024-04-02', value: 5 })
    await expect.poll(() => seen.at(-1)).toBe(25)
    subscription.unsubscribe()
  })
})
