import { LIVE } from '../../../../shared/domain/record'
import type { CampaignLink } from '../../../../shared/domain/campaignLink'
import { queryWords } from '../../../../shared/text/searchWords'
import { db } from '../../db/db'

const live = <T extends { deletedAt: string }>(records: T[]) =>
  records.filter((r) => r.deletedAt === LIVE)

/** The organizations partnering in a campaign, through the `campaignIds` index, by name. */
export async function partnersOf(campaignId: string) {
  const orgs = live(await db.organizations.where('campaignIds').equals(campaignId).toArray())
  return orgs.sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Organizations whose words start with each word typed, at most `limit`: the first word goes
 * through the `searchWords` index, the others are checked on the few records it returns.
 */
export async function searchOrganizations(query: string, limit = 20) {
  const [first, ...rest] = queryWords(query)
  if (!first) return []
  const found = await db.organizations
    .where('searchWords')
    .startsWith(first)
    .distinct()
    .filter(
      (org) =>
        org.deletedAt === LIVE &&
        rest.every((word) => org.searchWords.some((w) => w.startsWith(word))),
    )
    .limit(limit)
    .toArray()
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

/** A campaign's screenings in start order (undated requests first). */
export async function screeningsOf(campaignId: string) {
  return live(
    await db.screenings
      .where('[campaignId+startKey]')
      .between([campaignId, ''], [campaignId, '\uffff'], true, true)
      .toArray(),
  )
}

/** Live links that touch any of these campaigns, from or to them. */
export async function linksTouching(campaignIds: readonly string[]): Promise<CampaignLink[]> {
  if (campaignIds.length === 0) return []
  const [from, to] = await Promise.all([
    db.campaignLinks
      .where('fromCampaignId')
      .anyOf([...campaignIds])
      .toArray(),
    db.campaignLinks
      .where('toCampaignId')
      .anyOf([...campaignIds])
      .toArray(),
  ])
  const byId = new Map([...from, ...to].map((link) => [link.id, link]))
  return live([...byId.values()]).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** The campaign's links, and its linked campaigns' own links: the neighbourhood's edges. */
export async function neighbourhoodLinks(campaignId: string) {
  const own = await linksTouching([campaignId])
  const neighbours = own.flatMap((link) =>
    [link.fromCampaignId, link.toCampaignId].filter(
      (id): id is string => id !== undefined && id !== campaignId,
    ),
  )
  const further = await linksTouching([...new Set(neighbours)])
  const byId = new Map([...own, ...further].map((link) => [link.id, link]))
  return { own, all: [...byId.values()] }
}

/** Live campaigns of the workspace (a handful), for titles, suggestions and pickers. */
export async function allCampaigns() {
  return live(
    await db.campaigns.where('[deletedAt+title]').between([LIVE, ''], [LIVE, '\uffff']).toArray(),
  )
}
