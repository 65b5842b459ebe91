import type { CampaignLink } from '../../../../shared/domain/campaignLink'

/** One colour per link type, the same in the list, the badges and the neighbourhood's edges. */
export const linkColors: Record<CampaignLink['type'], string> = {
  sameIssue: 'teal',
  sharedPartners: 'grape',
  precedent: 'orange',
  sameDistributor: 'blue',
}
