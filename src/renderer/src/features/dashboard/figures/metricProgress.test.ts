import { describe, expect, it } from 'vitest'
import { addDays, inRange, presetRange, spanInDays } from './dateRange'
import { metricProgress } from './metricProgress'
import { regionOf } from './regionOf'

describe('progress toward a target', () => {
  it('runs from the baseline (0 when none) to the target, either way', () => {
    expect(metricProgress({ target: 500, direction: 'increase' }, 250)).toBe(0.5)
    expect(metricProgress({ baseline: 100, target: 500, direction: 'increase' }, 300)).toBe(0.5)
    expect(metricProgress({ baseline: 40, target: 20, direction: 'decrease' }, 30)).toBe(0.5)
    expect(metricProgress({ target: 500, direction: 'increase' }, 600)).toBe(1.2)
  })

  it('is 1 while a maintained level holds its target, less as it strays', () => {
    expect(metricProgress({ target: 80, direction: 'maintain' }, 80)).toBe(1)
    expect(metricProgress({ target: 80, direction: 'maintain' }, 72)).toBeCloseTo(0.9)
  })

  it('is unknown without a target or a level', () => {
    expect(metricProgress({ direction: 'increase' }, 10)).toBeNull()
    expect(metricProgress({ target: 10, direction: 'increase' }, null)).toBeNull()
  })
})

describe('date ranges', () => {
  it('come from presets counted back from today', () => {
    expect(presetRange('last30', '2024-04-28')).toEqual({ from: '2024-03-30', to: '2024-04-28' })
    expect(presetRange('thisYear', '2024-04-28')).toEqual({ from: '2024-01-01', to: '2024-12-31' })
    expect(presetRange('lastYear', '2024-04-28')).toEqual({ from: '2023-01-01', to: '2023-12-31' })
    expect(presetRange('all', '2024-04-28')).toEqual({ from: '', to: '' })
    expect(spanInDays(presetRange('last90', '2024-04-28'))).toBe(90)
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
  })

  it('hold undated things only while open', () => {
    expect(inRange('2024-04-28', { from: '2024-04-28', to: '2024-04-28' })).toBe(true)
    expect(inRange('2024-04-29', { from: '', to: '2024-04-28' })).toBe(false)
    expect(inRange('', { from: '', to: '' })).toBe(true)
    expect(inRange('', { from: '2024-01-01', to: '' })).toBe(false)
  })
})

describe('regions', () => {
  it('come from the time zone area', () => {
    expect(regionOf('America/Toronto')).toBe('americas')
    expect(regionOf('Europe/Paris')).toBe('europe')
    expect(regionOf('Australia/Sydney')).toBe('oceania')
    expect(regionOf('UTC')).toBe('')
  })
})
