import type { CampaignLink } from '../../../../shared/domain/campaignLink'

export type NeighbourNode = {
  /** A campaign id, or `external:<link id>` for a campaign outside the workspace. */
  key: string
  label: string
  /** 0 for the campaign itself, 1 for its linked campaigns, 2 for theirs. */
  depth: 0 | 1 | 2
  x: number
  y: number
}

export type NeighbourEdge = {
  linkId: string
  from: string
  to: string
  type: CampaignLink['type']
  note: string
}

type LinkLike = Pick<
  CampaignLink,
  'id' | 'fromCampaignId' | 'toCampaignId' | 'external' | 'type' | 'note'
>

const endOf = (link: LinkLike) => link.toCampaignId ?? `external:${link.id}`

/**
 * The campaign in the centre, its linked campaigns on a ring around it and their own links on an
 * outer ring, each placed near the campaign that brought it in. Coordinates are in a square of
 * side 2 × `outer` centred on 0, so the SVG's viewBox follows from the radius.
 */
export function neighbourhood(
  centerId: string,
  links: readonly LinkLike[],
  titleOf: (campaignId: string) => string | undefined,
  { inner = 120, outer = 230 } = {},
): { nodes: NeighbourNode[]; edges: NeighbourEdge[] } {
  const touching = (id: string) =>
    links.filter((link) => link.fromCampaignId === id || link.toCampaignId === id)
  const other = (link: LinkLike, id: string) =>
    link.fromCampaignId === id ? endOf(link) : link.fromCampaignId
  const labelOf = (key: string, link: LinkLike) =>
    key.startsWith('external:') ? (link.external?.name ?? '') : (titleOf(key) ?? '')

  const nodes = new Map<string, NeighbourNode>([
    [centerId, { key: centerId, label: titleOf(centerId) ?? '', depth: 0, x: 0, y: 0 }],
  ])
  const edges = new Map<string, NeighbourEdge>()
  const addEdge = (link: LinkLike) =>
    edges.set(link.id, {
      linkId: link.id,
      from: link.fromCampaignId,
      to: endOf(link),
      type: link.type,
      note: link.note,
    })

  const first = touching(centerId)
  const ring: [string, LinkLike][] = []
  for (const link of first) {
    addEdge(link)
    const key = other(link, centerId)
    if (!nodes.has(key) && !ring.some(([k]) => k === key)) ring.push([key, link])
  }
  const step = (2 * Math.PI) / Math.max(ring.length, 1)
  ring.forEach(([key, link], index) => {
    // The first neighbour sits to the side: the drawing is wider than it is tall.
    const angle = Math.PI + index * step
    nodes.set(key, {
      key,
      label: labelOf(key, link),
      depth: 1,
      x: inner * Math.cos(angle),
      y: inner * Math.sin(angle),
    })
  })

  ring.forEach(([key], index) => {
    if (key.startsWith('external:')) return
    const parentAngle = Math.PI + index * step
    const outward: [string, LinkLike][] = []
    for (const link of touching(key)) {
      if (edges.has(link.id)) continue
      addEdge(link)
      const next = other(link, key)
      if (!nodes.has(next) && !outward.some(([k]) => k === next)) outward.push([next, link])
    }
    // Spread the outer ring within this campaign's share of the circle.
    const spread = Math.min(step, Math.PI / 2) * 0.8
    outward.forEach(([next, link], i) => {
      const angle =
        parentAngle + (outward.length === 1 ? 0 : -spread / 2 + (i * spread) / (outward.length - 1))
      nodes.set(next, {
        key: next,
        label: labelOf(next, link),
        depth: 2,
        x: outer * Math.cos(angle),
        y: outer * Math.sin(angle),
      })
    })
  })

  // Links between two campaigns already on the map (a triangle) are drawn too.
  for (const link of links) {
    if (!edges.has(link.id) && nodes.has(link.fromCampaignId) && nodes.has(endOf(link)))
      addEdge(link)
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] }
}
