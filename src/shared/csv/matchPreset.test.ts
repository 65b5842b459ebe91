import { describe, expect, it } from 'vitest'
import { matchPreset, type MappingPreset } from './matchPreset'

const presets: MappingPreset[] = [
  { id: 'a', name: 'UFCW list', mapping: { Name: 'fullName', 'E-mail': 'emails', Local: null } },
  { id: 'b', name: 'Eventbrite', mapping: { 'Attendee email': 'emails', 'Order #': null } },
]

describe('matchPreset', () => {
  it('finds the preset by header names and lists added and missing columns', () => {
    const match = matchPreset(['name', 'e_mail', 'Phone'], presets)
    expect(match?.preset.id).toBe('a')
    expect(match?.fields).toEqual(['fullName', 'emails', null])
    expect(match?.added).toEqual(['Phone'])
    expect(match?.missing).toEqual(['Local'])
  })

  it('hands back the values a preset holds, and a preset without them still fits', () => {
    const withValues: MappingPreset = {
      id: 'c',
      name: 'HubSpot companies',
      mapping: { 'Company name': 'name', Industry: 'type' },
      values: { type: { laborunions: 'union' } },
    }
    expect(matchPreset(['Company name', 'Industry'], [withValues])?.preset.values).toEqual({
      type: { laborunions: 'union' },
    })
    expect(matchPreset(['name', 'e_mail'], presets)?.preset.values).toBeUndefined()
  })

  it('finds nothing when too few headers are shared', () => {
    expect(matchPreset(['Title', 'Date', 'Venue'], presets)).toBeUndefined()
  })
})
