import { describe, expect, it } from 'vitest'
import { pairKey } from '../../../../shared/domain/duplicateDismissal'
import { rankSuggestions } from './rankSuggestions'

const union = {
  id: 'union',
  title: 'UNION',
  issueTags: ['labor rights', 'union organizing', 'solidarity'],
}
const bessemer = {
  id: 'bessemer',
  title: 'Bessemer, Alabama',
  issueTags: ['Labor Rights', 'union organizing'],
}
const strangers = { id: 'strangers', title: 'We Strangers', issueTags: ['race', 'class'] }
const heights = { id: 'heights', title: 'In The Heights', issueTags: ['solidarity'] }
const aflCio = { id: 'afl', name: 'AFL-CIO', campaignIds: ['union', 'bessemer'] }
const teamsters = { id: 'ibt', name: 'Teamsters', campaignIds: ['union', 'heights'] }

const base = {
  campaign: union,
  others: [bessemer, strangers, heights],
  partners: [aflCio, teamsters],
  linkedIds: new Set<string>(),
  dismissedPairs: new Set<string>(),
}

describe('rankSuggestions', () => {
  it('ranks by shared issue tags and shared partners, with the reasons', () => {
    const [first, second, ...rest] = rankSuggestions(base)
    expect(first).toEqual({
      campaignId: 'bessemer',
      title: 'Bessemer, Alabama',
      sharedTags: ['labor rights', 'union organizing'],
      sharedPartners: [{ id: 'afl', name: 'AFL-CIO' }],
      score: 4,
      type: 'sameIssue',
    })
    expect(second).toMatchObject({
      campaignId: 'heights',
      sharedTags: ['solidarity'],
      sharedPartners: [{ id: 'ibt', name: 'Teamsters' }],
      score: 3,
      type: 'sharedPartners',
    })
    // Nothing in common: not suggested.
    expect(rest).toEqual([])
  })

  it('leaves out linked and dismissed campaigns, and the campaign itself', () => {
    const result = rankSuggestions({
      ...base,
      others: [union, bessemer, strangers, heights],
      linkedIds: new Set(['heights']),
      dismissedPairs: new Set([pairKey('bessemer', 'union')]),
    })
    expect(result).toEqual([])
  })

  it('matches tags without case or accents and breaks ties by title', () => {
    const result = rankSuggestions({
      campaign: { id: 'a', title: 'A', issueTags: ['Educación'] },
      others: [
        { id: 'c', title: 'Zeta', issueTags: ['educacion'] },
        { id: 'b', title: 'Alpha', issueTags: ['EDUCACIÓN'] },
      ],
      partners: [],
      linkedIds: new Set(),
      dismissedPairs: new Set(),
    })
    expect(result.map((s) => s.title)).toEqual(['Alpha', 'Zeta'])
    expect(result[0]!.sharedTags).toEqual(['Educación'])
  })

  it('keeps only the best few', () => {
    const others = Array.from({ length: 9 }, (_, i) => ({
      id: `c${i}`,
      title: `C${i}`,
      issueTags: ['solidarity'],
    }))
    expect(rankSuggestions({ ...base, others, partners: [], limit: 3 })).toHaveLength(3)
  })
})
