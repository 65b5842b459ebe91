import Papa from 'papaparse'
import { random, workspace } from './data'

/** The headers of the generated sheet: what a hand-made contact sheet usually has. */
const headers = [
  'Organization',
  'Organization website',
  'First name',
  'Last name',
  'Email',
  'Phone',
  'Job title',
  'Tags',
  'Notes',
  'Consent date',
]

/**
 * A seeded contact sheet of `rows` people and their organizations, as CSV text: accents,
 * multi-line quoted notes (about 15% of rows), several emails in one cell, and a few cells that
 * do not read (about 1% bad emails or impossible dates), which the import leaves out.
 */
export function contactSheetCsv(rows: number, seed = 11): string {
  const { organizations, contacts } = workspace({
    contacts: rows,
    organizations: Math.max(10, Math.round(rows / 10)),
  })
  const website = new Map(organizations.map((org) => [org.name, org.website ?? '']))
  const r = random(seed)
  const data = contacts.map((contact) => {
    const organization = contact.organizationNames[0] ?? ''
    const email = contact.emails.map((e) => e.address).join('; ')
    return [
      organization,
      website.get(organization) ?? '',
      contact.firstName,
      contact.lastName,
      r.chance(0.005) ? email.replace('@', ' at ') : email,
      contact.phones[0]?.number ?? '',
      contact.title ?? '',
      contact.tags.join('; '),
      contact.notes,
      r.chance(0.005) ? '2024-02-30' : (contact.consent.date ?? ''),
    ]
  })
  return Papa.unparse({ fields: headers, data }, { newline: '\r\n' })
}
