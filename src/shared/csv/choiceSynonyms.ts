import { metricScopes } from '../domain/metricEntry'
import { keysUnder, type ChoiceSet } from './choiceSet'
import { organizationType, partnershipStage } from './organizationChoices'
import {
  asl,
  captions,
  licenceType,
  qaKind,
  screeningStatus,
  screeningType,
} from './screeningChoices'

const metricScope: ChoiceSet = {
  options: metricScopes,
  labelKeys: keysUnder('imports.values.scope', metricScopes),
  words: {
    campaign: ['Film', 'Campaña', 'Campagne', 'Kanpay', 'حملة'],
    screening: ['Event', 'Screening', 'Proyección', 'Projection', 'Pwojeksyon', 'عرض'],
    organization: [
      'Partner',
      'Organisation',
      'Organization',
      'Socio',
      'Organización',
      'Partenaire',
      'Òganizasyon',
      'Patnè',
      'شريك',
      'منظمة',
    ],
  },
}

/** Every kind of enum choice a file can hold, found by its options (see choiceSetFor). */
export const enumChoiceSets: readonly ChoiceSet[] = [
  organizationType,
  partnershipStage,
  screeningType,
  screeningStatus,
  licenceType,
  qaKind,
  metricScope,
  captions,
  asl,
]
