import { z } from 'zod'
import type { Stored } from './record'
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
      capacity: z.number().int().nonnegative().optional(),
    })
    .prefault({}),
  hostOrganizationId: id.optional(),
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
})

export type ScreeningInput = z.input<typeof screeningSchema>
export type Screening = Stored<z.output<typeof screeningSchema>>
