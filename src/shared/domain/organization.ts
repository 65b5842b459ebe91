import { z } from 'zod'
import type { Stored } from './record'
import { languages, optionalText, strength, tags, webUrl } from './primitives'

export const organizationTypes = [
  'union',
  'laborFederation',
  'nonprofit',
  'campusGroup',
  'faithGroup',
  'festival',
  'venue',
  'distributor',
  'salesAgent',
  'funder',
  'media',
  'sponsor',
  'government',
  'other',
] as const

export const partnershipStages = [
  'prospect',
  'contacted',
  'inConversation',
  'committed',
  'activePartner',
  'alumni',
  'declined',
] as const

export const organizationSchema = z.object({
  name: z.string().trim().min(1, 'An organization needs a name'),
  aliases: tags,
  type: z.enum(organizationTypes).default('other'),
  website: webUrl.optional(),
  domain: z.string().trim().toLowerCase().optional(),
  city: optionalText,
  region: optionalText,
  country: optionalText,
  languages,
  tags,
  stage: z.enum(partnershipStages).default('prospect'),
  strength: strength.optional(),
  owner: optionalText,
  notes: z.string().default(''),
})

export type OrganizationInput = z.input<typeof organizationSchema>
export type Organization = Stored<z.output<typeof organizationSchema>>
