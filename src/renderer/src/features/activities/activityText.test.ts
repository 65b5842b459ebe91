import { describe, expect, it } from 'vitest'
import type { Activity } from '../../../../shared/domain/activity'
import { createI18n } from '../../../../shared/i18n/createI18n'
import { describeChanges } from './activityText'

const edit = (changes: Activity['changes']) => ({ changes }) as Activity
const { t } = createI18n('en')

describe('describeChanges', () => {
  it('names each changed part of a group, in words', () => {
    const lines = describeChanges(
      edit([
        {
          field: 'accessibility',
          from: { closedCaptions: false, asl: false, aslScope: undefined },
          to: { closedCaptions: true, asl: false, aslScope: 'Q&A' },
        },
      ]),
      'screenings',
      t,
    )
    expect(lines).toEqual(['Closed captions: No → Yes', 'ASL for: Not set → Q&A'])
  })

  it('reads a list that grew as what was added, and codes as their labels', () => {
    const lines = describeChanges(
      edit([
        { field: 'status', from: 'held', to: 'reported' },
        {
          field: 'statusHistory',
          from: [{ status: 'held', at: '2024-04-28T22:00:00.000Z' }],
          to: [
            { status: 'held', at: '2024-04-28T22:00:00.000Z' },
            { status: 'reported', at: '2024-05-01T10:00:00.000Z' },
          ],
        },
      ]),
      'screenings',
      t,
    )
    expect(lines[0]).toBe('Status: Held → Reported')
    expect(lines[1]).toMatch(/: added Reported$/)
  })

  it('keeps plain fields as before', () => {
    expect(
      describeChanges(
        edit([{ field: 'stage', from: 'prospect', to: 'committed' }]),
        'organizations',
        t,
      ),
    ).toEqual(['Partnership stage: Prospect → Committed'])
  })
})
