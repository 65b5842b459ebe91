import { contactFields, personAddressFields } from './contactFields'
import type { ImportField } from './importField'
import { organizationFields } from './organizationFields'

const organizationKeys = ['name', 'type', 'website', 'domain', 'city', 'region', 'country', 'stage']
/** Fields whose plain headers ("City", "Website") mean the organization's on a contact sheet. */
const sharedKeys = ['website', 'domain', 'city', 'region', 'country']
/** The person's address on a contact sheet: only what says it is theirs ("Home city"). */
const homeOnly = (synonym: string) => /^home\b|\(home\)$/i.test(synonym)

/** "Website" of the organization is "Organization website" on a contact sheet, and so on. */
const organizationPart: ImportField[] = organizationFields
  .filter((field) => organizationKeys.includes(field.key))
  .map((field) =>
    field.key === 'name'
      ? { ...field, key: 'organization.name', header: 'Organization', required: false }
      : {
          ...field,
          key: `organization.${field.key}`,
          header: `Organization ${field.header.toLowerCase()}`,
          synonyms: [
            ...field.synonyms.map((synonym) => `Organization ${synonym}`),
            ...field.synonyms.map((synonym) => `Company ${synonym}`),
            // Hand-made sheets shorten it: "Org type", "Org city".
            ...[field.header, ...field.synonyms].map((synonym) => `Org ${synonym}`),
            // On a sheet of people at organizations, a place or a site is the organization's.
            ...(sharedKeys.includes(field.key) ? [field.header, ...field.synonyms] : []),
          ],
        },
  )

const contactPart: ImportField[] = contactFields
  .filter((field) => field.key !== 'organizationNames')
  .map((field) =>
    personAddressFields.includes(field)
      ? {
          ...field,
          key: `contact.${field.key}`,
          header: `Home ${field.header.toLowerCase()}`,
          synonyms: field.synonyms.filter(homeOnly),
        }
      : field.key === 'links'
        ? // "Website" and "URL" are the organization's here; a profile column is the person's.
          {
            ...field,
            key: 'contact.links',
            synonyms: field.synonyms.filter((s) => !/^(website|url|web page)\b/i.test(s)),
          }
        : { ...field, key: `contact.${field.key}` },
  )

/**
 * A mixed contact sheet: each row yields an organization (matched by domain then name), a
 * contact (matched by email) and the affiliation between them (the contact's role there).
 */
export const contactSheetFields: readonly ImportField[] = [
  ...organizationPart,
  ...contactPart,
  {
    key: 'affiliation.role',
    header: 'Role',
    type: 'text',
    synonyms: [
      'Role at organization',
      'Relationship to org',
      'Your role',
      'Role in the organization',
      'Rol',
      'Cargo en la organización',
      'Rôle',
    ],
  },
  {
    key: 'affiliation.startDate',
    header: 'Role start',
    type: 'date',
    synonyms: ['Since', 'Start date'],
  },
  { key: 'affiliation.endDate', header: 'Role end', type: 'date', synonyms: ['Until', 'End date'] },
]
