import { describe, expect, it } from 'vitest'
import { neighbourhood } from './neighbourhood'

const titles: Record<string, string> = {
  union: 'UNION',
  bessemer: 'Bessemer',
  strikemas: 'Strikemas',
  far: 'Three steps away',
}
const link = (
  id: string,
  from: string,
  to: string | { name: string },
  type: 'sameIssue' | 'precedent' = 'sameIssue',
) =>
  typeof to === 'string'
    ? { id, fromCampaignId: from, toCampaignId: to, type, note: '' }
    : { id, fromCampaignId: from, external: { name: to.name, tags: [] }, type, note: '' }

describe('neighbourhood', () => {
  it('puts the campaign in the centre, its links around it and theirs one step further', () => {
    const { nodes, edges } = neighbourhood(
      'union',
      [
        link('l1', 'union', 'bessemer', 'precedent'),
        link('l2', 'union', { name: 'In The Heights' }),
        // Linked towards the campaign: still a neighbour.
        link('l3', 'strikemas', 'bessemer'),
        link('l4', 'strikemas', 'far'),
      ],
      (id) => titles[id],
    )
    const byKey = Object.fromEntries(nodes.map((n) => [n.key, n]))
    expect(byKey.union).toMatchObject({ depth: 0, x: 0, y: 0, label: 'UNION' })
    expect(byKey.bessemer).toMatchObject({ depth: 1, label: 'Bessemer' })
    expect(byKey['external:l2']).toMatchObject({ depth: 1, label: 'In The Heights' })
    expect(byKey.strikemas).toMatchObject({ depth: 2, label: 'Strikemas' })
    // Two steps from Bessemer is three from UNION: left out.
    expect(byKey.far).toBeUndefined()
    expect(edges.map((e) => [e.from, e.to, e.type])).toEqual([
      ['union', 'bessemer', 'precedent'],
      ['union', 'external:l2', 'sameIssue'],
      ['strikemas', 'bessemer', 'sameIssue'],
    ])
    const radius = Math.hypot(byKey.bessemer!.x, byKey.bessemer!.y)
    expect(radius).toBeCloseTo(120)
    expect(Math.hypot(byKey.strikemas!.x, byKey.strikemas!.y)).toBeCloseTo(230)
  })

  it('shows the campaign alone when it has no links', () => {
    const { nodes, edges } = neighbourhood('union', [], (id) => titles[id])
    expect(nodes).toHaveLength(1)
    expect(edges).toEqual([])
  })
})
