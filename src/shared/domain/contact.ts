import { z } from 'zod'
import type { Stored } from './record'
import { searchWords } from '../text/searchWords'
import { nameKeyOf } from './organization'
import { isoDate, optionalText, strength, tags, webUrl } from './primitives'

const email = z.object({
  address: z.email().trim().toLowerCase(),
  label: optionalText,
  primary: z.boolean().default(false),
})

const phone = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\+?[\d\s().-]{5,}$/, 'validation.phone'),
  label: optionalText,
  primary: z.boolean().default(false),
})

export const contactSchema = z
  .object({
    firstName: z.string().trim().default(''),
    middleName: optionalText,
    lastName: z.string().trim().default(''),
    emails: z.array(email).default([]),
    phones: z.array(phone).default([]),
    title: optionalText,
    preferredLanguage: optionalText,
    pronouns: optionalText,
    /** Where the person lives or works: their own, not their organization's. */
    city: optionalText,
    region: optionalText,
    country: optionalText,
    /** The person's own pages (LinkedIn, social profiles, a site): never an organization's. */
    links: z.array(webUrl).default([]),
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
    /** The names of the organizations the contact is affiliated with, kept in step by the app. */
    organizationNames: z.array(z.string()).default([]),
    /** The campaigns this person works with. */
    campaignIds: z.array(z.string()).default([]),
  })
  .refine((c) => c.emails.filter((e) => e.primary).length <= 1, {
    message: 'validation.onePrimary',
    path: ['emails'],
  })
  .refine((c) => c.phones.filter((p) => p.primary).length <= 1, {
    message: 'validation.onePrimary',
    path: ['phones'],
  })
  .refine((c) => c.firstName !== '' || c.lastName !== '' || c.emails.length > 0, {
    message: 'validation.nameOrEmail',
    path: ['lastName'],
  })

/** Stored beside the fields, recomputed on every write. */
export function deriveContact(fields: z.output<typeof contactSchema>) {
  return {
    searchWords: searchWords(
      fields.firstName,
      fields.middleName,
      fields.lastName,
      ...fields.emails.map((email) => email.address),
      ...fields.organizationNames,
      ...fields.tags,
    ),
    /** Lower-cased addresses, for finding a person by email (imports, duplicates). */
    emailKeys: fields.emails.map((email) => email.address.toLowerCase()),
    /**
     * The folded name of a person who has no email, whom an import matches by it. People with
     * an email are matched by that, and are left out of the name's index.
     */
    nameKey: fields.emails.length ? undefined : personNameKey(fields.firstName, fields.lastName),
  }
}

/** A person's name with no case, accents or extra spaces: "first|last". */
export function personNameKey(firstName: string, lastName: string): string {
  return `${nameKeyOf(firstName)}|${nameKeyOf(lastName)}`
}

export type ContactInput = z.input<typeof contactSchema>
export type ContactFields = z.output<typeof contactSchema>
export type Contact = Stored<ContactFields> & ReturnType<typeof deriveContact>
