import { z } from 'zod'
import type { Stored } from './record'
import { isoDate, languages, tags, webUrl } from './primitives'

export const impactDynamics = [
  'changingMinds',
  'changingBehaviours',
  'buildingCommunities',
  'changingStructures',
] as const
export const impactDynamic = z.enum(impactDynamics)

export const campaignStatuses = ['planning', 'active', 'paused', 'completed', 'archived'] as const

export const campaignSchema = z.object({
  title: z.string().trim().min(1, 'A campaign needs a title'),
  logline: z.string().trim().default(''),
  issueTags: tags,
  impactDynamics: z.array(impactDynamic).default([]),
  primaryDynamic: impactDynamic.optional(),
  goals: z.string().trim().default(''),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  status: z.enum(campaignStatuses).default('planning'),
  film: z
    .object({
      runtimeMinutes: z.number().int().positive().optional(),
      languages,
      closedCaptions: z.boolean().default(false),
      audioDescription: z.boolean().default(false),
      asl: z.boolean().default(false),
    })
    .prefault({}),
  websiteUrl: webUrl.optional(),
  trailerUrl: webUrl.optional(),
})

export type CampaignInput = z.input<typeof campaignSchema>
export type Campaign = Stored<z.output<typeof campaignSchema>>
