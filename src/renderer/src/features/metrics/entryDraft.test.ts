import { describe, expect, it } from 'vitest'
import { emptyDraft, entryFromDraft, scopeFields, scopeKey } from './entryDraft'

const metric = { id: 'm1', unit: 'count' as const }
const draft = (patch: Partial<ReturnType<typeof emptyDraft>>) => ({
  ...emptyDraft('2024-04-28'),
  ...patch,
})

describe('entryFromDraft', () => {
  it('reads a row into an entry in the scope chosen', () => {
    expect(
      entryFromDraft(
        draft({ value: '1,240', scope: 'screening:s1', source: ' Sign-in sheet ' }),
        metric,
        'en',
      ),
    ).toEqual({
      input: {
        metricId: 'm1',
        value: 1240,
        date: '2024-04-28',
        scope: 'screening',
        screeningId: 's1',
        source: 'Sign-in sheet',
        estimated: false,
        notes: '',
      },
    })
    const partner = entryFromDraft(
      draft({ value: '12,5', scope: 'organization:o1', periodEnd: '2024-05-05' }),
      { id: 'm2', unit: 'currency' },
      'fr',
    )
    expect(partner).toMatchObject({
      input: { value: 12.5, scope: 'organization', organizationId: 'o1', periodEnd: '2024-05-05' },
    })
  })

  it('names each cell that is wrong and reads nothing', () => {
    expect(entryFromDraft(draft({ value: 'lots', date: '2024-02-30' }), metric, 'en')).toEqual({
      errors: { value: 'metrics.errors.notNumber', date: 'validation.date' },
    })
    expect(entryFromDraft(draft({ value: '' }), metric, 'en')).toEqual({
      errors: { value: 'metrics.errors.valueRequired' },
    })
    expect(entryFromDraft(draft({ value: '2.5' }), metric, 'en')).toEqual({
      errors: { value: 'metrics.errors.wholeNumber' },
    })
    expect(entryFromDraft(draft({ value: '-4' }), metric, 'en')).toEqual({
      errors: { value: 'metrics.errors.negative' },
    })
    expect(entryFromDraft(draft({ value: '140' }), { id: 'm', unit: 'percent' }, 'en')).toEqual({
      errors: { value: 'metrics.errors.percent' },
    })
    expect(entryFromDraft(draft({ value: '3', periodEnd: '2024-04-01' }), metric, 'en')).toEqual({
      errors: { periodEnd: 'metrics.errors.periodEnd' },
    })
    expect(entryFromDraft(draft({ value: '3', scope: 'screening:' }), metric, 'en')).toEqual({
      errors: { scope: 'metrics.errors.scope' },
    })
  })

  it('keeps a rating to one decimal place as typed', () => {
    expect(
      entryFromDraft(draft({ value: '4,5' }), { id: 'm', unit: 'rating' }, 'es'),
    ).toMatchObject({ input: { value: 4.5 } })
  })
})

describe('scope keys', () => {
  it('round-trip each scope', () => {
    for (const key of ['campaign', 'screening:s1', 'organization:o1']) {
      expect(scopeKey(scopeFields(key) as never)).toBe(key)
    }
    expect(scopeFields('nowhere:x')).toBeNull()
  })
})
