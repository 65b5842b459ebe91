import type {
  ExpectedContact,
  ExpectedNotes,
  ExpectedOrganization,
  ExpectedRecords,
} from './corpusFile'
import { accessibilityFlags } from '../../src/shared/domain/screening'
import type { StoredRecords } from '../storedRecords'

type Item = Record<string, unknown>

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value))
/** An empty text and a missing one are the same to a user. */
const text = (value: unknown) => (value === undefined || value === null ? '' : value)
const same = (a: unknown, b: unknown) => JSON.stringify(text(a)) === JSON.stringify(text(b))
const fold = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

const ACCESS_FLAGS = accessibilityFlags

/**
 * Differences between what a file should have made and what the database holds, one a line
 * ("table › record › field: expected …, got …"). Every table is compared whole: a record the
 * file should not have made is reported too.
 */
export function compareRecords(expected: ExpectedRecords, stored: StoredRecords): string[] {
  const diffs: string[] = []
  const field = (where: string, name: string, want: unknown, got: unknown) => {
    if (!same(want, got)) diffs.push(`${where} › ${name}: expected ${show(want)}, got ${show(got)}`)
  }
  const notes = (where: string, want: ExpectedNotes | undefined, got: unknown) => {
    const have = typeof got === 'string' ? got : ''
    if (!want) return
    if (!Array.isArray(want)) return field(where, 'notes', want.exactly, have)
    for (const part of want)
      if (!have.includes(part))
        diffs.push(`${where} › notes: expected to hold ${show(part)}, got ${show(have)}`)
  }
  const byId = (table: keyof StoredRecords) =>
    new Map(stored[table].map((record) => [record['id'] as string, record]))
  const contactsById = byId('contacts')
  const orgsById = byId('organizations')
  const campaignsById = byId('campaigns')
  const screeningsById = byId('screenings')
  const metricsById = byId('metricDefinitions')
  const personName = (c: Item | undefined) => (c ? `${c['firstName']} ${c['lastName']}` : '?')
  const titleOf = (map: Map<string, Item>, id: unknown, key = 'title') =>
    typeof id === 'string' ? (map.get(id)?.[key] as string | undefined) : undefined

  /** Pairs each expected record with a stored one; reports the missing and the extra. */
  function pair<E>(
    table: keyof StoredRecords,
    wanted: E[] | undefined,
    keyOf: (e: E) => string,
    find: (e: E, pool: Item[]) => Item | undefined,
    describe: (record: Item) => string,
  ): [E, Item][] {
    // A table the file should not touch is expected empty: nothing else may be made.
    wanted ??= []
    const pool = [...stored[table]]
    const pairs: [E, Item][] = []
    for (const want of wanted) {
      const got = find(want, pool)
      if (!got) {
        diffs.push(
          `${table} › ${keyOf(want)}: missing (the workspace has ${show(stored[table].map(describe))})`,
        )
        continue
      }
      pool.splice(pool.indexOf(got), 1)
      pairs.push([want, got])
    }
    for (const extra of pool) diffs.push(`${table}: unexpected record ${describe(extra)}`)
    return pairs
  }

  const listOf = (items: unknown, key: 'address' | 'number') =>
    [...((items as Item[] | undefined) ?? [])]
      .sort((a, b) => Number(Boolean(b['primary'])) - Number(Boolean(a['primary'])))
      .map((item) => item[key])

  const contactPairs = pair<ExpectedContact>(
    'contacts',
    expected.contacts,
    (c) => `${c.firstName} ${c.lastName}`,
    (want, pool) =>
      pool.find((c) =>
        listOf(c['emails'], 'address').some((a) => want.emails?.includes(a as string)),
      ) ??
      pool.find((c) => c['firstName'] === want.firstName && c['lastName'] === want.lastName) ??
      pool.find((c) => fold(personName(c)) === fold(`${want.firstName} ${want.lastName}`)),
    (c) => `${personName(c)} <${listOf(c['emails'], 'address').join(', ')}>`,
  )
  for (const [want, got] of contactPairs) {
    const where = `contacts › ${want.firstName} ${want.lastName}`
    for (const key of [
      'firstName',
      'middleName',
      'lastName',
      'title',
      'preferredLanguage',
      'pronouns',
      'city',
      'region',
      'country',
    ] as const)
      field(where, key, want[key], got[key])
    field(where, 'emails', want.emails ?? [], listOf(got['emails'], 'address'))
    field(where, 'phones', want.phones ?? [], listOf(got['phones'], 'number'))
    for (const key of ['links', 'tags', 'organizationNames'] as const)
      field(where, key, want[key] ?? [], got[key] ?? [])
    if (want.consent) {
      const consent = (got['consent'] as Item | undefined) ?? {}
      field(where, 'consent.given', want.consent.given, consent['given'])
      field(where, 'consent.source', want.consent.source, consent['source'])
      field(where, 'consent.date', want.consent.date, consent['date'])
    }
    if (want.sensitive !== undefined) field(where, 'sensitive', want.sensitive, got['sensitive'])
    if (want.strength !== undefined) field(where, 'strength', want.strength, got['strength'])
    notes(where, want.notes, got['notes'])
  }

  const orgPairs = pair<ExpectedOrganization>(
    'organizations',
    expected.organizations,
    (o) => o.name,
    (want, pool) =>
      pool.find((o) => o['name'] === want.name) ??
      pool.find((o) => fold(String(o['name'])) === fold(want.name)) ??
      (want.domain ? pool.find((o) => o['domain'] === want.domain) : undefined),
    (o) => `${show(o['name'])} (${show(o['domain'])})`,
  )
  for (const [want, got] of orgPairs) {
    const where = `organizations › ${want.name}`
    field(where, 'name', want.name, got['name'])
    field(where, 'type', want.type ?? 'other', got['type'])
    field(where, 'stage', want.stage ?? 'prospect', got['stage'])
    for (const key of ['domain', 'city', 'region', 'country', 'owner'] as const)
      field(where, key, want[key], got[key])
    for (const key of ['tags', 'languages'] as const)
      field(where, key, want[key] ?? [], got[key] ?? [])
    // The same address however it is spelled ("https://a.org" is stored as "https://a.org/").
    if (want.website !== undefined)
      field(where, 'website', new URL(want.website).href, got['website'])
    if (want.strength !== undefined) field(where, 'strength', want.strength, got['strength'])
    notes(where, want.notes, got['notes'])
  }

  const affiliationName = (a: Item) =>
    `${personName(contactsById.get(a['contactId'] as string))} at ${show(titleOf(orgsById, a['organizationId'], 'name'))}`
  const affiliationPairs = pair(
    'affiliations',
    expected.affiliations,
    (a) => `${a.contact} at ${a.organization}`,
    (want, pool) =>
      pool.find(
        (a) =>
          fold(personName(contactsById.get(a['contactId'] as string))) === fold(want.contact) &&
          titleOf(orgsById, a['organizationId'], 'name') === want.organization,
      ),
    affiliationName,
  )
  for (const [want, got] of affiliationPairs)
    if (want.role !== undefined)
      field(
        `affiliations › ${want.contact} at ${want.organization}`,
        'role',
        want.role,
        got['role'],
      )

  pair(
    'campaigns',
    expected.campaigns,
    (title) => title,
    (title, pool) => pool.find((c) => c['title'] === title),
    (c) => show(c['title']),
  )

  const screeningPairs = pair(
    'screenings',
    expected.screenings,
    (s) => s.title,
    (want, pool) => pool.find((s) => s['title'] === want.title),
    (s) => show(s['title']),
  )
  for (const [want, got] of screeningPairs) {
    const where = `screenings › ${want.title}`
    field(where, 'campaign', want.campaign, titleOf(campaignsById, got['campaignId']))
    for (const key of ['type', 'timeZone', 'status'] as const)
      if (want[key] !== undefined) field(where, key, want[key], got[key])
    if (want.startsAt !== undefined) {
      const at = typeof got['startsAt'] === 'string' ? Date.parse(got['startsAt']) : NaN
      if (at !== Date.parse(want.startsAt)) field(where, 'startsAt', want.startsAt, got['startsAt'])
    }
    const venue = (got['venue'] as Item | undefined) ?? {}
    for (const [key, value] of Object.entries(want.venue ?? {}))
      field(where, `venue.${key}`, value, venue[key])
    const licence = (got['licence'] as Item | undefined) ?? {}
    for (const [key, value] of Object.entries(want.licence ?? {}))
      field(where, `licence.${key}`, value, licence[key])
    if (want.host !== undefined || got['hostOrganizationId'] !== undefined)
      field(where, 'host', want.host, titleOf(orgsById, got['hostOrganizationId'], 'name'))
    if (want.coPresenters !== undefined) {
      const partners = (got['coPresenters'] as Item[] | undefined) ?? []
      const named = partners.map((p) => titleOf(orgsById, p['organizationId'], 'name'))
      field(where, 'coPresenters', want.coPresenters, named)
    }
    if (want.attendance !== undefined)
      field(where, 'attendance', want.attendance ?? undefined, got['attendance'])
    const report = (got['hostReport'] as Item | undefined) ?? {}
    if (want.reportNotes !== undefined)
      field(where, 'hostReport.notes', want.reportNotes, report['notes'])
    notes(where, want.notes, got['notes'])
    if (want.access) {
      const access = (got['accessibility'] as Item | undefined) ?? {}
      field(
        where,
        'accessibility',
        [...want.access].sort(),
        ACCESS_FLAGS.filter((flag) => access[flag] === true).sort(),
      )
    }
  }

  const definitionPairs = pair(
    'metricDefinitions',
    expected.metricDefinitions,
    (m) => m.name,
    (want, pool) => pool.find((m) => m['name'] === want.name),
    (m) => show(m['name']),
  )
  for (const [want, got] of definitionPairs)
    field(
      `metricDefinitions › ${want.name}`,
      'campaign',
      want.campaign,
      titleOf(campaignsById, got['campaignId']),
    )

  const entryPairs = pair(
    'metricEntries',
    expected.metricEntries,
    (e) => `${e.metric} ${e.date} ${e.value}`,
    (want, pool) =>
      pool.find(
        (e) =>
          titleOf(metricsById, e['metricId'], 'name') === want.metric &&
          e['date'] === want.date &&
          e['value'] === want.value,
      ),
    (e) => `${titleOf(metricsById, e['metricId'], 'name')} ${e['date']} ${e['value']}`,
  )
  for (const [want, got] of entryPairs) {
    const where = `metricEntries › ${want.metric} ${want.date} ${want.value}`
    field(where, 'scope', want.scope, got['scope'])
    field(where, 'screening', want.screening, titleOf(screeningsById, got['screeningId']))
    if (want.source !== undefined) field(where, 'source', want.source, got['source'])
    if (want.estimated !== undefined) field(where, 'estimated', want.estimated, got['estimated'])
    notes(where, want.notes, got['notes'])
  }
  return diffs
}
