import { z } from 'zod'
import type { Stored } from './record'
import { searchWords } from '../text/searchWords'
import { id, isoDateTime, languages, optionalText, timeZone } from './primitives'

export const screeningTypes = [
  'festival',
  'community',
  'unionHall',
  'campus',
  'cinema',
  'faith',
  'virtual',
  'other',
] as const

export const screeningStatuses = [
  'requested',
  'approved',
  'confirmed',
  'held',
  'reported',
  'cancelled',
] as const

const screeningStatus = z.enum(screeningStatuses)

export const screeningPersonRoles = [
  'hostContact',
  'speaker',
  'interpreter',
  'av',
  'other',
] as const
export const licenceTypes = [
  'public',
  'educational',
  'community',
  'festival',
  'free',
  'other',
] as const
export const qaKinds = ['none', 'qa', 'panel'] as const

/** The accessibility a screening offers, as flags; `accessFeatures` lists the ones that are on. */
export const accessibilityFlags = [
  'closedCaptions',
  'openCaptions',
  'audioDescription',
  'asl',
  'wheelchairAccess',
  'assistiveListening',
] as const

export const screeningSchema = z.object({
  campaignId: id,
  title: z.string().trim().min(1, 'A screening needs a title'),
  type: z.enum(screeningTypes).default('community'),
  /** The start as an instant; shown in the screening's own time zone. */
  startsAt: isoDateTime.optional(),
  timeZone: timeZone.default('UTC'),
  durationMinutes: z.number().int().positive().optional(),
  venue: z
    .object({
      name: optionalText,
      address: optionalText,
      city: optionalText,
      country: optionalText,
      capacity: z.number().int().nonnegative().optional(),
    })
    .prefault({}),
  hostOrganizationId: id.optional(),
  coPresenters: z
    .array(z.object({ organizationId: id, role: z.string().trim().default('') }))
    .default([]),
  people: z.array(z.object({ contactId: id, role: z.enum(screeningPersonRoles) })).default([]),
  licence: z
    .object({
      type: z.enum(licenceTypes).default('community'),
      fee: z.number().nonnegative().optional(),
      currency: z.string().trim().length(3).default('USD'),
      ticketed: z.boolean().default(false),
      revenueShare: optionalText,
    })
    .prefault({}),
  qa: z.object({ kind: z.enum(qaKinds).default('none'), notes: optionalText }).prefault({}),
  status: screeningStatus.default('requested'),
  statusHistory: z.array(z.object({ status: screeningStatus, at: isoDateTime })).default([]),
  accessibility: z
    .object({
      closedCaptions: z.boolean().default(false),
      openCaptions: z.boolean().default(false),
      audioDescription: z.boolean().default(false),
      asl: z.boolean().default(false),
      aslScope: optionalText,
      wheelchairAccess: z.boolean().default(false),
      assistiveListening: z.boolean().default(false),
      subtitleLanguages: languages,
      interpretationLanguages: languages,
    })
    .prefault({}),
  callToAction: optionalText,
  rsvps: z.number().int().nonnegative().optional(),
  ticketsSold: z.number().int().nonnegative().optional(),
  attendance: z.number().int().nonnegative().optional(),
  attendanceEstimated: z.boolean().default(false),
  hostReport: z
    .object({ whyThisFilm: optionalText, whatWasUseful: optionalText, notes: optionalText })
    .optional(),
  /** Anything else about the screening, and the columns of an import that no field holds. */
  notes: z.string().default(''),
})

/** Stored beside the fields, recomputed on every write: what the screening lists filter by. */
export function deriveScreening(fields: z.output<typeof screeningSchema>) {
  return {
    /** The start, or '' when not yet set, so undated requests still sort (first). */
    startKey: fields.startsAt ?? '',
    partnerIds: [
      ...new Set([
        ...(fields.hostOrganizationId ? [fields.hostOrganizationId] : []),
        ...fields.coPresenters.map((p) => p.organizationId),
      ]),
    ],
    accessFeatures: accessibilityFlags.filter((flag) => fields.accessibility[flag]),
    country: fields.venue.country ?? '',
    searchWords: searchWords(
      fields.title,
      fields.venue.name,
      fields.venue.city,
      fields.venue.country,
    ),
  }
}

export type ScreeningInput = z.input<typeof screeningSchema>
export type ScreeningFields = z.output<typeof screeningSchema>
export type Screening = Stored<ScreeningFields> & ReturnType<typeof deriveScreening>
