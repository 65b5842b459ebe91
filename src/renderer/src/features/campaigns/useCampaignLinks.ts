import { useLiveQuery } from 'dexie-react-hooks'
import { pairKey } from '../../../../shared/domain/duplicateDismissal'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'
import { allCampaigns, neighbourhoodLinks, partnersOf } from './campaignQueries'
import { rankSuggestions } from './rankSuggestions'

/**
 * Everything the campaign's links section shows, read in one live query: its links, the links of
 * its linked campaigns (for the neighbourhood), titles, and suggestions with their reasons.
 */
export function useCampaignLinks(campaignId: string) {
  return useLiveQuery(async () => {
    const [campaigns, links, partners] = await Promise.all([
      allCampaigns(),
      neighbourhoodLinks(campaignId),
      partnersOf(campaignId),
    ])
    const titles = new Map(campaigns.map((c) => [c.id, c.title]))
    const campaign = campaigns.find((c) => c.id === campaignId)
    const others = campaigns.filter((c) => c.id !== campaignId)
    const dismissals = await db.campaignLinkDismissals
      .where('pair')
      .anyOf(others.map((c) => pairKey(campaignId, c.id)))
      .toArray()
    const linkedIds = new Set(
      links.own.flatMap((l) => [l.fromCampaignId, l.toCampaignId ?? '']).filter(Boolean),
    )
    const suggestions = campaign
      ? rankSuggestions({
          campaign,
          others,
          partners,
          linkedIds,
          dismissedPairs: new Set(
            dismissals.filter((d) => d.deletedAt === LIVE).map((d) => d.pair),
          ),
        })
      : []
    return {
      titles,
      own: links.own,
      all: links.all,
      suggestions,
      unlinked: others.filter((c) => !linkedIds.has(c.id)).map(({ id, title }) => ({ id, title })),
    }
  }, [campaignId])
}

export type CampaignLinksData = NonNullable<ReturnType<typeof useCampaignLinks>>
