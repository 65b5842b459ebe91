import { z } from 'zod'
import type { Stored } from './record'
import { foldForSearch } from '../text/foldForSearch'
import { searchWords } from '../text/searchWords'
import { isPersonalDomain } from './personalDomains'
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

export const organizationSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.required'),
    aliases: tags,
    type: z.enum(organizationTypes).default('other'),
    website: webUrl.optional(),
    /** Filled from the website when left empty. */
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
    /** The campaigns this organization is a partner in. */
    campaignIds: z.array(z.string()).default([]),
  })
  .transform((org) => ({ ...org, domain: organizationDomain(org.domain) ?? domainOf(org.website) }))

/**
 * The web address's host without "www.", which is how people and duplicates are matched; none
 * for a social network, free mail provider or link shortener, which names no organization.
 */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const host = new URL(url).hostname.replace(/^www\./, '').toLowerCase()
    return host && !isPersonalDomain(host) ? host : undefined
  } catch {
    return undefined
  }
}

/** A domain as typed ("WWW.UFCW.org", "https://ufcw.org/join", "@ufcw.org"), as it is kept. */
export function organizationDomain(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/^@/, '')
  if (!trimmed) return undefined
  return domainOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`)
}

/** Stored beside the fields, recomputed on every write. */
export function deriveOrganization(fields: z.output<typeof organizationSchema>) {
  return {
    searchWords: searchWords(
      fields.name,
      ...fields.aliases,
      fields.domain ?? domainOf(fields.website),
      ...fields.tags,
      fields.city,
    ),
    nameKey: nameKeyOf(fields.name),
  }
}

/** How imports match an organization by name: no case, no accents, spaces collapsed. */
export function nameKeyOf(name: string): string {
  return foldForSearch(name).replace(/\s+/g, ' ')
}

export type OrganizationInput = z.input<typeof organizationSchema>
export type OrganizationFields = z.output<typeof organizationSchema>
export type Organization = Stored<OrganizationFields> & ReturnType<typeof deriveOrganization>
