import type { CampaignInput } from '../../../../shared/domain/campaign'
import type { CampaignLinkInput } from '../../../../shared/domain/campaignLink'
import { SAMPLE_CAMPAIGN_ID, sampleId } from './sampleIds'

const BESSEMER_ID = sampleId('campaign-bessemer')

export const sampleCampaigns: Record<string, CampaignInput> = {
  [SAMPLE_CAMPAIGN_ID]: {
    title: 'UNION',
    logline:
      'Amazon workers at the JFK8 fulfillment center in Staten Island build the worker-led Amazon Labor Union and, on 1 April 2022, win the first unionized Amazon workplace in the United States. A documentary by Brett Story and Stephen Maing.',
    issueTags: [
      'labor rights',
      'union organizing',
      "workers' rights",
      'corporate power',
      'solidarity',
    ],
    impactDynamics: ['buildingCommunities', 'changingMinds', 'changingStructures'],
    primaryDynamic: 'buildingCommunities',
    goals:
      'Put the film in union halls, campuses and congregations where workers organize; partner with organizations at the frontlines of the labor movement; grow networks of trust that show up at picket lines and marches; count audience actions and press coverage.',
    startDate: '2024-01-15',
    status: 'active',
    film: {
      runtimeMinutes: 105,
      languages: ['en', 'es'],
      closedCaptions: true,
      audioDescription: true,
      asl: true,
    },
  },
  [BESSEMER_ID]: {
    title: 'Bessemer, Alabama (RWDSU-UFCW)',
    logline:
      'Amazon workers in Bessemer, Alabama organize with the RWDSU-UFCW; the vote is lost, but more than three quarters of Americans supported the drive (AFL-CIO).',
    issueTags: ['labor rights', 'union organizing', 'corporate power'],
    impactDynamics: ['changingBehaviours', 'changingStructures'],
    primaryDynamic: 'changingStructures',
    goals:
      'Call your senators to vote yes on the PRO Act; text WORK to 235246 to join a text action team. Document the anti-union tactics (flyers in bathroom stalls, required weekly meetings).',
    status: 'completed',
  },
}

export const sampleCampaignLinks: Record<string, CampaignLinkInput> = {
  [sampleId('link-bessemer')]: {
    fromCampaignId: SAMPLE_CAMPAIGN_ID,
    toCampaignId: BESSEMER_ID,
    type: 'precedent',
    note: 'The RWDSU-UFCW drive at the Amazon warehouse in Bessemer came first and was lost; the ALU won at JFK8 against the same anti-union tactics.',
  },
  [sampleId('link-in-the-heights')]: {
    fromCampaignId: SAMPLE_CAMPAIGN_ID,
    external: { name: 'In The Heights', tags: ['New York', 'musical', 'community'] },
    type: 'sameIssue',
    note: 'Listed by an impact-campaign directory as a similar campaign: Washington Heights, New York; a bodega owner who dreams of a better life (musical).',
  },
  [sampleId('link-we-strangers')]: {
    fromCampaignId: SAMPLE_CAMPAIGN_ID,
    external: { name: 'We Strangers', tags: ['race', 'class', 'assimilation'] },
    type: 'sameIssue',
    note: 'Listed by an impact-campaign directory as a similar campaign: race, class and assimilation, following Ray, a woman in Gary, Indiana.',
  },
}
