import { type ContactInput, contactSchema, deriveContact } from '../src/shared/domain/contact'
import {
  type OrganizationInput,
  deriveOrganization,
  organizationSchema,
  organizationTypes,
  partnershipStages,
} from '../src/shared/domain/organization'
import { foldForSearch } from '../src/shared/text/foldForSearch'

/**
 * A seeded, deterministic workspace: the same seed gives the same records, ids and timestamps
 * on every machine and every run, so two runs measure the same data.
 */

/** mulberry32: small, fast and good enough to pick names. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!
  const chance = (p: number) => next() < p
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16))
    hex[12] = '4'
    hex[16] = '89ab'[int(4)]!
    const s = hex.join('')
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
  }
  return { next, int, pick, chance, uuid }
}

type Random = ReturnType<typeof random>

/** Words separated by `|` or line breaks: long pools stay readable and short. */
const list = (text: string) =>
  text
    .split(/[|\n]/)
    .map((word) => word.trim())
    .filter(Boolean)

const firstNames = list(`
  María | José | Ana | Luis | Carmen | Jorge | Lucía | Andrés | Sofía | Tomás | Ramón | Inés
  Héctor | Mónica | Raúl | Verónica | Joaquín | Débora | Martín | Belén | François | Hélène
  Gaëlle | Jérôme | Chloé | Noël | Anaïs | Étienne | Zoë | Loïc | Jean-Baptiste | Marie-Claude
  Wideline | Ti Jean | Guerline | Jovenel | Fabiola | Mohamed | Fatima | Youssef | Layla
  Omar | Amira | Karim | Nour | Rania | Samir | James | Mary | Robert | Patricia | Michael
  Jennifer | David | Linda | Chris | Angela | Kevin | Sarah | Marcus | Tanisha | DeShawn
  Keisha | Jamal | Aaliyah | Nguyễn Thị | Minh | Thảo | Wei | Mei | Hiroshi | Yuki | Priya
  Arjun | Sunita | Søren | Åsa | Bjørn | Łukasz | Małgorzata | Zoltán | Tereza | Ülkü | Çağla
  Ioana | Chinwe | Oluwaseun | Kwame | Amara | Thandiwe | Bongani | Siobhán | Aoife | Seán
  Chris | Alex | Sam | Jordan | Taylor | Rosa | Eugene | Connor | Derrick | Angelika
`)

const lastNames = list(`
  García | Martínez | López | González | Rodríguez | Pérez | Sánchez | Ramírez | Núñez | Gómez
  Díaz | Hernández | Jiménez | Álvarez | Muñoz | Ortiz | Peña | Castillo | Dubois | Lefèvre
  Moreau | Girard | Bélanger | Côté | Gagnon | Tremblay | Lévesque | Pierre | Jean-Louis
  Joseph | Baptiste | Étienne | Désir | Charles | Toussaint | El Amrani | Haddad | Khalil
  Mansour | Nasser | Saleh | Abdallah | Al-Masri | Smith | Johnson | Williams | Brown | Jones
  Miller | Davis | Wilson | Anderson | Thomas | Jackson | White | Harris | Martin | Thompson
  Robinson | Walker | Young | O'Connor | O'Brien | McAllister | MacDonald | Fitzgerald
  Murphy | Kelly | Byrne | Nguyễn | Trần | Lê | Phạm | Wang | Li | Zhang | Chen | Tanaka
  Suzuki | Kim | Park | Patel | Sharma | Singh | Gupta | Kowalski | Nowak | Wiśniewski
  Horváth | Novák | Svensson | Jørgensen | Østergaard | Öztürk | Yılmaz | Şahin | Popescu
  Okafor | Adeyemi | Mensah | Dlamini | Nkosi | Van der Berg | de la Cruz | dos Santos
  Smalls | Palmer | Ortega | Bates | Lipscomb | Maldonado | Castellanos | Fuentes
`)

const titles = list(`
  Organizing Director | Lead Organizer | Shop Steward | Political Director | President
  Secretary-Treasurer | Communications Director | Field Coordinator | Executive Director
  Program Officer | Festival Programmer | Artistic Director | Venue Manager
  Student Organizer | Chaplain | Community Outreach Lead | Press Officer | Researcher
  Board Member | Volunteer | Directora de Comunicación | Coordinador de Campo
  Responsable syndical | Chargée de projet | Directrice générale | Kowòdinatè kominotè
  منسقة البرامج | Impact Producer | Journalist
`)

const tagPool = list(`
  volunteer | press | funder | host | speaker | labor | student | faith | board
  screening-host | newsletter | vip | steward | organizer | festival | educator | amazon
  warehouse | teamsters | seiu | ufcw | campus | bilingüe | panelist | union-member | ally
  policy | media | donor | partner-lead
`)

const emailDomains = list(`
  gmail.com | yahoo.com | outlook.com | hotmail.com | proton.me | icloud.com | seiu.org
  ufcw.org | teamsters.org | aflcio.org | hotdocs.ca | csn.qc.ca | uni.edu | college.edu
  labornotes.org | riseup.net | wanadoo.fr | orange.fr
`)

/** A phone number in one of the formats people type. */
function phone(r: Random) {
  const d = (n: number) => Array.from({ length: n }, () => r.int(10)).join('')
  const formats = [
    () => `+1 ${d(3)} 555 ${d(4)}`,
    () => `(${d(3)}) 555-${d(4)}`,
    () => `+33 1 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `+509 ${d(4)} ${d(4)}`,
    () => `+52 55 ${d(4)} ${d(4)}`,
    () => `+44 20 ${d(4)} ${d(4)}`,
  ]
  return r.pick(formats)()
}

const noteLines = list(`
  Met at the Bessemer screening; wants to host one for their local.
  Prefers WhatsApp over email. Call after 6pm.
  Asked for the Spanish subtitles and the discussion guide.
  Introduced by the regional organizer. | Follow up about the spring campus tour.
  Interested in a panel with the filmmakers.
  Hablamos de una proyección en el sindicato en mayo.
  Souhaite organiser une projection avec débat. | Vle òganize yon pwojeksyon nan legliz la.
  Needs an invoice for the screening fee.
`)

const cities = list(`
  Toronto | Montréal | Québec | Vancouver | New York | Chicago | Los Angeles | Detroit
  Bessemer | Staten Island | Oakland | Seattle | Atlanta | Houston | Miami | Boston
  Port-au-Prince | Cap-Haïtien | Ciudad de México | Bogotá | São Paulo | Buenos Aires | Paris
  Lyon | Marseille | Bruxelles | London | Manchester | Berlin | Amman | Beirut | Casablanca
  Tunis | Cairo | Johannesburg | Lagos | Nairobi | Mumbai | Manila | Seoul
`)

const countryOf: Record<string, string> = {
  Toronto: 'Canada',
  Montréal: 'Canada',
  Québec: 'Canada',
  Vancouver: 'Canada',
  'Port-au-Prince': 'Haiti',
  'Cap-Haïtien': 'Haiti',
  'Ciudad de México': 'Mexico',
  Bogotá: 'Colombia',
  'São Paulo': 'Brazil',
  'Buenos Aires': 'Argentina',
  Paris: 'France',
  Lyon: 'France',
  Marseille: 'France',
  Bruxelles: 'Belgium',
  London: 'United Kingdom',
  Manchester: 'United Kingdom',
  Berlin: 'Germany',
  Amman: 'Jordan',
  Beirut: 'Lebanon',
  Casablanca: 'Morocco',
  Tunis: 'Tunisia',
  Cairo: 'Egypt',
  Johannesburg: 'South Africa',
  Lagos: 'Nigeria',
  Nairobi: 'Kenya',
  Mumbai: 'India',
  Manila: 'Philippines',
  Seoul: 'South Korea',
}

const languageOf: Record<string, string[]> = {
  Canada: ['en', 'fr'],
  Haiti: ['ht', 'fr'],
  Mexico: ['es'],
  Colombia: ['es'],
  Brazil: ['pt'],
  Argentina: ['es'],
  France: ['fr'],
  Belgium: ['fr', 'nl'],
  Jordan: ['ar'],
  Lebanon: ['ar', 'fr'],
  Morocco: ['ar', 'fr'],
  Tunisia: ['ar', 'fr'],
  Egypt: ['ar'],
  Germany: ['de'],
}

const orgPatterns: ((r: Random) => { name: string; type: (typeof organizationTypes)[number] })[] = [
  (r) => ({
    name: `${r.pick(['SEIU', 'UFCW', 'IBT', 'CWA', 'UAW', 'AFSCME', 'Unifor', 'RWDSU', 'CUPE'])} Local ${1 + r.int(3000)}`,
    type: 'union',
  }),
  (r) => ({
    name: `${r.pick(cities)} ${r.pick(['Labor Council', 'Labour Council', 'Federation of Labor', 'Central Labor Council'])}`,
    type: 'laborFederation',
  }),
  (r) => ({
    name: `${r.pick(cities)} ${r.pick(['Documentary', 'Human Rights', 'Labor', 'Independent', 'Latino', 'Black'])} Film Festival`,
    type: 'festival',
  }),
  (r) => ({
    name: `${r.pick(['Fundación', 'Asociación', 'Colectivo', 'Red'])} ${r.pick(['Luz del Sur', 'Tierra y Libertad', 'Manos Unidas', 'Voces Obreras', 'Nuestra Casa', 'Raíces'])} ${r.pick(cities)}`,
    type: 'nonprofit',
  }),
  (r) => ({
    name: `${r.pick(['Collectif', 'Association', 'Maison', 'Regroupement'])} ${r.pick(['Ciné-Quartier', 'des travailleuses', 'Solidarité', 'Parole Ouvrière', 'Horizon'])} ${r.pick(cities)}`,
    type: 'nonprofit',
  }),
  (r) => ({
    name: `${r.pick(['Students for', 'Young Workers for', 'Campus Coalition for', 'Graduate Workers for'])} ${r.pick(['Labor Justice', 'Fair Work', 'Worker Power', 'a Living Wage'])} ${r.pick(['at', 'of'])} ${r.pick(cities)}`,
    type: 'campusGroup',
  }),
  (r) => ({
    name: `${r.pick(['St.', 'Holy', 'First', 'Grace', 'Bethel', 'Église', 'Iglesia'])} ${r.pick(['Mary', 'Trinity', 'Baptist', 'Community', 'Redeemer', 'Sainte-Anne', 'San José'])} ${r.pick(['Church', 'Congregation', 'Parish', 'Fellowship'])} ${r.pick(cities)}`,
    type: 'faithGroup',
  }),
  (r) => ({
    name: `${r.pick(['The', 'Cinéma', 'Teatro', 'Rio', 'Paramount', 'Roxy', 'Bloor'])} ${r.pick(['Palace', 'Hot Docs Cinema', 'Revue', 'Star', 'Lumière', 'Aurora', 'Union Hall'])} ${r.pick(cities)}`,
    type: 'venue',
  }),
  (r) => ({
    name: `${r.pick(['Ford', 'Open Society', 'Sundance', 'Catapult', 'Chicken & Egg', 'Perspective'])} ${r.pick(['Foundation', 'Fund', 'Institute', 'Documentary Fund'])} ${r.pick(cities)}`,
    type: 'funder',
  }),
  (r) => ({
    name: `${r.pick(['Radio', 'Le', 'The', 'El', 'Labor'])} ${r.pick(['Devoir', 'Nation', 'Intercept', 'Diario', 'Notes', 'Press', 'Voice'])} ${r.pick(cities)}`,
    type: 'media',
  }),
]

export type Sizes = { contacts: number; organizations: number }

const BASE = Date.UTC(2023, 0, 1)
const SPAN = Date.UTC(2025, 5, 1) - BASE

function stamps(r: Random) {
  const created = BASE + r.int(SPAN)
  const updated = created + r.int(BASE + SPAN - created)
  return {
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    deletedAt: '',
  }
}

const slug = (text: string) =>
  foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Organization inputs, as a user would have typed or imported them. */
export function organizationInputs(count: number, seed = 42): OrganizationInput[] {
  const r = random(seed)
  const seen = new Set<string>()
  const inputs: OrganizationInput[] = []
  while (inputs.length < count) {
    const pattern = r.pick(orgPatterns)(r)
    let name = pattern.name
    if (seen.has(name))
      name = `${name} ${r.pick(['North', 'South', 'East', 'West', 'Chapter', 'II'])}`
    if (seen.has(name)) continue
    seen.add(name)
    const city = cities.find((candidate) => name.endsWith(candidate)) ?? r.pick(cities)
    const country = countryOf[city] ?? 'United States'
    inputs.push({
      name,
      type: pattern.type,
      website: r.chance(0.6)
        ? `https://www.${slug(name).slice(0, 40).replace(/-+$/, '')}.org`
        : undefined,
      city,
      country,
      languages: languageOf[country] ?? (r.chance(0.4) ? ['en', 'es'] : ['en']),
      tags: Array.from(new Set(Array.from({ length: r.int(3) }, () => r.pick(tagPool)))),
      stage: r.pick(partnershipStages),
      strength: r.chance(0.8) ? 1 + r.int(5) : undefined,
      owner: r.chance(0.5) ? r.pick(['Mia', 'Brett', 'Stephen', 'Samantha', 'Chris']) : undefined,
      notes: r.chance(0.15) ? [r.pick(noteLines), r.pick(noteLines)].join('\n') : '',
    })
  }
  return inputs
}

/** Contact inputs: people with accented names, emails, phones, titles, tags and notes. */
export function contactInputs(
  count: number,
  organizationNames: string[],
  seed = 7,
): ContactInput[] {
  const r = random(seed)
  const inputs: ContactInput[] = []
  for (let i = 0; i < count; i++) {
    const firstName = r.pick(firstNames)
    const lastName = r.pick(lastNames)
    const local = `${slug(firstName).replace(/-/g, '')}.${slug(lastName).replace(/-/g, '')}`
    const emailCount = r.chance(0.9) ? (r.chance(0.1) ? 2 : 1) : 0
    const emails = Array.from({ length: emailCount }, (_, index) => ({
      address: `${local}${r.chance(0.5) ? r.int(100) : ''}@${r.pick(emailDomains)}`,
      primary: index === 0,
    }))
    const phones = r.chance(0.7)
      ? [{ number: phone(r), primary: true, label: r.pick(['mobile', 'work']) }]
      : []
    const orgCount = r.chance(0.7) ? 1 + (r.chance(0.2) ? 1 : 0) : 0
    const notes = r.chance(0.15)
      ? Array.from({ length: 2 + r.int(4) }, () => r.pick(noteLines)).join('\n')
      : r.chance(0.2)
        ? r.pick(noteLines)
        : ''
    const consentGiven = r.chance(0.6)
    inputs.push({
      firstName,
      lastName,
      emails,
      phones,
      title: r.chance(0.75) ? r.pick(titles) : undefined,
      preferredLanguage: r.pick(['en', 'en', 'en', 'es', 'es', 'fr', 'ht', 'ar']),
      pronouns: r.chance(0.3)
        ? r.pick(['she/her', 'he/him', 'they/them', 'elle', 'él'])
        : undefined,
      consent: consentGiven
        ? {
            given: true,
            source: r.pick(['screening sign-up sheet', 'web form', 'import']),
            date: new Date(BASE + r.int(SPAN)).toISOString().slice(0, 10),
          }
        : { given: false },
      sensitive: r.chance(0.03),
      tags: Array.from(new Set(Array.from({ length: r.int(4) }, () => r.pick(tagPool)))),
      strength: r.chance(0.6) ? 1 + r.int(5) : undefined,
      notes,
      organizationNames: organizationNames.length
        ? Array.from(new Set(Array.from({ length: orgCount }, () => r.pick(organizationNames))))
        : [],
    })
  }
  return inputs
}

/** Stored records as the app's repositories write them: validated, derived fields, metadata. */
export function organizationRecords(inputs: OrganizationInput[], seed = 43) {
  const r = random(seed)
  return inputs.map((input) => {
    const fields = organizationSchema.parse(input)
    return { ...fields, ...deriveOrganization(fields), id: r.uuid(), ...stamps(r) }
  })
}

export function contactRecords(inputs: ContactInput[], seed = 8) {
  const r = random(seed)
  return inputs.map((input) => {
    const fields = contactSchema.parse(input)
    return { ...fields, ...deriveContact(fields), id: r.uuid(), ...stamps(r) }
  })
}

export type ContactRecord = ReturnType<typeof contactRecords>[number]
export type OrganizationRecord = ReturnType<typeof organizationRecords>[number]

/** The whole benchmark workspace at the given sizes. */
export function workspace(sizes: Sizes) {
  const organizations = organizationRecords(organizationInputs(sizes.organizations))
  const contacts = contactRecords(
    contactInputs(
      sizes.contacts,
      organizations.map((org) => org.name),
    ),
  )
  return { organizations, contacts }
}
