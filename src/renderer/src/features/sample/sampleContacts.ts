import type { AffiliationInput } from '../../../../shared/domain/affiliation'
import type { ContactInput } from '../../../../shared/domain/contact'
import { SAMPLE_CAMPAIGN_ID, sampleId } from './sampleIds'

type SamplePerson = ContactInput & { orgKey?: string; role: string }

const union = [SAMPLE_CAMPAIGN_ID]

/** Fictional people: every name, email (example.org/.net) and 555 phone number is made up. */
const people: Record<string, SamplePerson> = {
  'contact-marisol': {
    firstName: 'Marisol',
    lastName: 'Peña Álvarez',
    emails: [{ address: 'marisol.pena@example.org', primary: true }],
    phones: [{ number: '+1 718 555 0142', label: 'mobile', primary: true }],
    title: 'Worker-organizer, JFK8',
    preferredLanguage: 'es',
    pronouns: 'she/her',
    consent: { given: true, source: 'Screening sign-in sheet', date: '2024-03-14' },
    tags: ['organic leader', 'speaker'],
    strength: 1,
    orgKey: 'org-alu',
    role: 'Organizing committee',
  },
  'contact-jeanbaptiste': {
    firstName: 'Jean-Baptiste',
    lastName: 'Théodore',
    emails: [{ address: 'jb.theodore@example.net', primary: true }],
    phones: [{ number: '+1 718 555 0177', primary: true }],
    title: 'Language justice committee',
    preferredLanguage: 'ht',
    pronouns: 'he/him',
    consent: { given: true, source: 'Phone call', date: '2024-03-02' },
    tags: ['translator', 'organic leader'],
    strength: 2,
    orgKey: 'org-alu',
    role: 'Haitian Creole translation',
  },
  'contact-nadia': {
    firstName: 'Nadia',
    lastName: 'El-Amrani',
    emails: [{ address: 'nadia.elamrani@example.org', primary: true }],
    preferredLanguage: 'ar',
    consent: { given: true, source: 'In person, JFK8 break room', date: '2024-02-20' },
    sensitive: true,
    tags: ['Afro-Arab committee'],
    strength: 2,
    notes: 'Current warehouse worker: keep her involvement private.',
    orgKey: 'org-alu',
    role: 'Afro-Arab committee',
  },
  'contact-dolores': {
    firstName: 'Dolores',
    lastName: 'Ríos-Whitfield',
    emails: [{ address: 'dolores.rios@example.org', primary: true }],
    phones: [{ number: '+1 205 555 0119', primary: true }],
    title: 'Organizer',
    preferredLanguage: 'en',
    consent: { given: true, source: 'Email reply', date: '2024-03-20' },
    tags: ['Bessemer'],
    strength: 3,
    campaignIds: [...union, sampleId('campaign-bessemer')],
    orgKey: 'org-rwdsu',
    role: 'Organizer, Bessemer',
  },
  'contact-terrence': {
    firstName: 'Terrence',
    lastName: 'Okafor',
    emails: [{ address: 't.okafor@example.net', primary: true }],
    phones: [{ number: '(202) 555-0163', primary: true }],
    title: 'Strategic campaigns',
    preferredLanguage: 'en',
    pronouns: 'he/him',
    consent: { given: true, source: 'Conference sign-up', date: '2024-01-28' },
    tags: ['national'],
    strength: 3,
    orgKey: 'org-teamsters',
    role: 'Strategic campaigns',
  },
  'contact-siobhan': {
    firstName: 'Siobhán',
    lastName: 'Gallagher',
    emails: [{ address: 'siobhan.gallagher@example.org', primary: true }],
    title: 'Digital organizing',
    preferredLanguage: 'en',
    pronouns: 'she/her',
    consent: { given: true, source: 'Email reply', date: '2024-04-02' },
    tags: ['virtual screenings', 'PRO Act'],
    strength: 3,
    orgKey: 'org-aflcio',
    role: 'Digital organizing',
  },
  'contact-priya': {
    firstName: 'Priya',
    lastName: 'Raghunathan',
    emails: [{ address: 'priya.r@example.net', primary: true }],
    phones: [{ number: '+1 416 555 0108', primary: true }],
    title: 'Programmer',
    preferredLanguage: 'en',
    consent: { given: true, source: 'Festival submission', date: '2024-02-12' },
    tags: ['festival'],
    strength: 4,
    orgKey: 'org-hotdocs',
    role: 'Programmer',
  },
  'contact-maelle': {
    firstName: 'Maëlle',
    lastName: 'Tremblay',
    emails: [{ address: 'maelle.tremblay@example.org', primary: true }],
    phones: [{ number: '+1 416 555 0191', primary: true }],
    title: 'ASL interpreter',
    preferredLanguage: 'fr',
    pronouns: 'she/her',
    consent: { given: true, source: 'Booking form', date: '2024-04-08' },
    tags: ['ASL', 'accessibility'],
    strength: 4,
    role: 'ASL interpreter',
  },
  'contact-owen': {
    firstName: 'Owen',
    lastName: 'Kowalczyk',
    emails: [{ address: 'owen.k@example.net', primary: true }],
    title: 'Distribution',
    preferredLanguage: 'en',
    consent: { given: true, source: 'Contract correspondence', date: '2024-01-10' },
    tags: ['distribution'],
    strength: 2,
    orgKey: 'org-tfc',
    role: 'Distribution',
  },
  'contact-ingrid': {
    firstName: 'Ingrid',
    lastName: 'Søndergaard',
    emails: [{ address: 'ingrid.s@example.org', primary: true }],
    title: 'Sales',
    preferredLanguage: 'en',
    consent: { given: true, source: 'Business card', date: '2024-01-22' },
    tags: ['sales'],
    strength: 4,
    orgKey: 'org-submarine',
    role: 'Sales',
  },
  'contact-grace': {
    firstName: 'Grace',
    lastName: 'Nwosu',
    emails: [{ address: 'grace.nwosu@example.org', primary: true }],
    phones: [{ number: '+1 718 555 0130', primary: true }],
    title: 'Faculty advisor',
    preferredLanguage: 'en',
    pronouns: 'she/her',
    consent: { given: true, source: 'Screening request form', date: '2024-03-05' },
    tags: ['campus', 'host'],
    strength: 2,
    orgKey: 'org-northshore',
    role: 'Faculty advisor',
  },
  'contact-tomas': {
    firstName: 'Tomás',
    lastName: 'Aguilar',
    emails: [{ address: 'tomas.aguilar@example.net', primary: true }],
    phones: [{ number: '+1 718 555 0158', primary: true }],
    title: 'Pastor',
    preferredLanguage: 'es',
    pronouns: 'he/him',
    consent: { given: true, source: 'Screening request form', date: '2024-03-18' },
    tags: ['faith', 'host'],
    strength: 2,
    orgKey: 'org-faithlabor',
    role: 'Coordinator',
  },
  'contact-hyunwoo': {
    firstName: 'Hyun-woo',
    lastName: 'Park',
    emails: [{ address: 'hyunwoo.park@example.org', primary: true }],
    title: 'Directory editor',
    preferredLanguage: 'ko',
    consent: { given: false },
    tags: ['directory'],
    strength: 5,
    orgKey: 'org-empact',
    role: 'Directory editor',
  },
}

/** The contacts, with the names of their organizations kept as the app keeps them. */
export function sampleContacts(orgNames: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(people).map(([key, { orgKey, role: _role, ...contact }]) => [
      sampleId(key),
      {
        ...contact,
        campaignIds: contact.campaignIds ?? union,
        organizationNames: orgKey ? [orgNames[sampleId(orgKey)]!] : [],
      } satisfies ContactInput,
    ]),
  )
}

export function sampleAffiliations(): Record<string, AffiliationInput> {
  const entries = Object.entries(people).flatMap(([key, person]) =>
    person.orgKey
      ? [
          [
            sampleId(`aff-${key}`),
            {
              contactId: sampleId(key),
              organizationId: sampleId(person.orgKey),
              role: person.role,
              startDate: person.consent?.date,
            },
          ] as const,
        ]
      : [],
  )
  return {
    ...Object.fromEntries(entries),
    [sampleId('aff-contact-maelle-screening')]: {
      contactId: sampleId('contact-maelle'),
      screeningId: sampleId('screening-hotdocs'),
      role: 'ASL interpreter (intro and Q&A)',
    },
    [sampleId('aff-contact-marisol-campaign')]: {
      contactId: sampleId('contact-marisol'),
      campaignId: SAMPLE_CAMPAIGN_ID,
      role: 'Community speaker',
    },
  }
}
