import type { CampaignLink } from '../../../../shared/domain/campaignLink'
import { pairKey } from '../../../../shared/domain/duplicateDismissal'

export type SuggestionCandidate = { id: string; title: string; issueTags: readonly string[] }
export type PartnerRef = { id: string; name: string; campaignIds: readonly string[] }

export type LinkSuggestion = {
  campaignId: string
  title: string
  /** The campaign's issue tags that the other one has too, as the campaign spells them. */
  sharedTags: string[]
  sharedPartners: { id: string; name: string }[]
  score: number
  /** The link type an accepted suggestion gets: what the two campaigns mostly share. */
  type: Extract<CampaignLink['type'], 'sameIssue' | 'sharedPartners'>
}

type RankInput = {
  campaign: SuggestionCandidate
  /** Every other live campaign of the workspace. */
  others: readonly SuggestionCandidate[]
  /** The organizations partnering in the campaign (their campaignIds include it). */
  partners: readonly PartnerRef[]
  /** Campaigns already linked to this one, in either direction. */
  linkedIds: ReadonlySet<string>
  /** pairKey()s of suggestions the user dismissed. */
  dismissedPairs: ReadonlySet<string>
  limit?: number
}

const fold = (tag: string) =>
  tag
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()

/**
 * Campaigns worth linking to, best first. A shared partner weighs twice a shared issue tag: it is
 * a relationship someone already has, where a tag is only a topic in common.
 */
export function rankSuggestions({
  campaign,
  others,
  partners,
  linkedIds,
  dismissedPairs,
  limit = 5,
}: RankInput): LinkSuggestion[] {
  const ownTags = new Map(campaign.issueTags.map((tag) => [fold(tag), tag]))
  const suggestions: LinkSuggestion[] = []
  for (const other of others) {
    if (other.id === campaign.id || linkedIds.has(other.id)) continue
    if (dismissedPairs.has(pairKey(campaign.id, other.id))) continue
    const sharedTags = [
      ...new Set(other.issueTags.map(fold).filter((tag) => ownTags.has(tag))),
    ].map((tag) => ownTags.get(tag)!)
    const sharedPartners = partners
      .filter((partner) => partner.campaignIds.includes(other.id))
      .map(({ id, name }) => ({ id, name }))
    const score = sharedTags.length + 2 * sharedPartners.length
    if (score === 0) continue
    suggestions.push({
      campaignId: other.id,
      title: other.title,
      sharedTags,
      sharedPartners,
      score,
      type: 2 * sharedPartners.length > sharedTags.length ? 'sharedPartners' : 'sameIssue',
    })
  }
  return suggestions
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, limit)
}
