import { z } from 'zod'
import type { Stored } from './record'
import { isoDate, optionalText, strength, tags } from './primitives'

const email = z.object({
  address: z.email().trim().toLowerCase(),
  label: optionalText,
  primary: z.boolean().default(false),
})

const phone = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\+?[\d\s().-]{5,}$/, 'Expected a phone number'),
  label: optionalText,
  primary: z.boolean().default(false),
})

export const contactSchema = z
  .object({
    firstName: z.string().trim().default(''),
    lastName: z.string().trim().default(''),
    emails: z.array(email).default([]),
    phones: z.array(phone).default([]),
    title: optionalText,
    preferredLanguage: optionalText,
    pronouns: optionalText,
    consent: z
      .object({
        given: z.boolean().default(false),
        source: optionalText,
        date: isoDate.optional(),
      })
      .prefault({}),
    /** People whose involvement must stay private: kept out of exports unless asked. */
    sensitive: z.boolean().default(false),
    tags,
    strength: strength.optional(),
    notes: z.string().default(''),
  })
  .refine((c) => c.firstName !== '' || c.lastName !== '' || c.emails.length > 0, {
    message: 'A contact needs a name or an email',
    path: ['lastName'],
  })

export type ContactInput = z.input<typeof contactSchema>
export type Contact = Stored<z.output<typeof contactSchema>>
