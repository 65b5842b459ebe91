import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportSettings } from '../../../shared/import/importSettings'
import { ImpactDeskDb } from '../db/db'
import { draftFor } from '../features/imports/wizard/wizardDraft'
import type { ImportSource } from './importSource'
import { reviewImport } from './reviewImport'
import { runImport } from './runImport'

let db: ImpactDeskDb
beforeEach(async () => {
  db = new ImpactDeskDb(`import-updates-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

const encode = (text: string) => new TextEncoder().encode(text)
const source = (bytes: Uint8Array): ImportSource => ({
  name: 'file.csv',
  size: bytes.length,
  read: async (offset, length) => bytes.slice(offset, offset + length),
})

/** The wizard's defaults for this file, as this kind of file. */
function prepare(text: string, entity: ImportSettings['entity']) {
  const bytes = encode(text)
  const guessed = draftFor(source(bytes), bytes)
  const { settings, headers } = draftFor(source(bytes), bytes, {
    ...guessed.settings,
    entity,
    columns: [],
  })
  return { bytes, settings, headers }
}

async function importText(text: string, entity: ImportSettings['entity']) {
  const { bytes, settings, headers } = prepare(text, entity)
  return runImport(db, source(bytes), settings, headers)
}

async function review(text: string, entity: ImportSettings['entity']) {
  const { bytes, settings } = prepare(text, entity)
  return reviewImport(db, source(bytes), settings)
}

const sheet = [
  'Company,Website,City,First Name,Last Name,Email,Role',
  'UFCW,https://www.UFCW.org,,Ana,López,ana@ufcw.org,Organizer',
  'UFCW Local 1,ufcw.org,Washington,Ben,Okafor,ben@ufcw.org,Steward',
  'United Food Workers,http://ufcw.org/join,Baltimore,Cleo,Diaz,cleo@ufcw.org,Member',
].join('\n')

it('merges the rows of one organization once: the most complete name, blanks filled, again unchanged', async () => {
  const first = await importText(sheet, 'contactSheet')
  expect(first.counts.byTable.organizations).toMatchObject({ created: 1 })
  const [org] = await db.organizations.toArray()
  expect(org).toMatchObject({ name: 'United Food Workers', domain: 'ufcw.org', city: 'Washington' })

  const again = await importText(sheet, 'contactSheet')
  expect(again.counts.byRow).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
  expect(again.counts.byTable.organizations).toMatchObject({ created: 0, updated: 0 })
  expect(await db.organizations.toArray()).toEqual([org])
})

it('keeps the name of an organization a row matches by its domain', async () => {
  await importText('Name,Website\nUFCW Local 1,ufcw.org\n', 'organizations')
  const reviewed = await review('Name,Website,City\nUFCW,ufcw.org,Washington\n', 'organizations')
  expect(reviewed.updates.listed).toEqual([
    expect.objectContaining({
      table: 'organizations',
      name: 'UFCW Local 1',
      row: 2,
      fields: [{ field: 'city', before: undefined, after: 'Washington' }],
    }),
  ])
})

it('never gives an organization a domain of a social network, mail provider or shortener', async () => {
  await importText(
    [
      'Company,Website,First Name,Email',
      'Hot Docs,https://www.linkedin.com/company/hot-docs,Ana,ana@hotdocs.ca',
      'Workers United,bit.ly/wu-join,Ben,ben@gmail.com',
      'Teamsters,https://www.facebook.com/teamsters,Cleo,cleo@example.org',
    ].join('\n'),
    'contactSheet',
  )
  const orgs = (await db.organizations.toArray()).sort((a, b) => a.name.localeCompare(b.name))
  expect(orgs.map((org) => [org.name, org.domain])).toEqual([
    ['Hot Docs', undefined],
    ['Teamsters', undefined],
    ['Workers United', undefined],
  ])
})

it('a profile links column is the person’s, and a row with no company makes no organization', async () => {
  const text = [
    'First Name,Last Name,URL,Email Address,Company,Position',
    'Ana,López,https://www.linkedin.com/in/ana-lopez,ana@ufcw.org,UFCW Local 1,Organizer',
    'Ben,Okafor,https://www.linkedin.com/in/ben-okafor,ben@example.org,,Programmer',
  ].join('\n')
  await importText(text, 'contactSheet')
  expect((await db.organizations.toArray()).map((org) => org.name)).toEqual(['UFCW Local 1'])
  const ben = await db.contacts.where('emailKeys').equals('ben@example.org').first()
  expect(ben?.links).toEqual(['https://www.linkedin.com/in/ben-okafor'])
  expect(await db.affiliations.count()).toBe(1)
})

it('an update never replaces a name with another split of the same text, and lists what it changes', async () => {
  // Stored as a person with two family names; the cell would split as "Ana María" "López".
  await importText('First name,Last name,Email\nAna,María López,ana@ufcw.org\n', 'contacts')
  const reviewed = await review(
    'Name,Email,City\nAna María López,ana@ufcw.org,Toronto\n',
    'contacts',
  )
  expect(reviewed.counts.byRow).toMatchObject({ updated: 1 })
  expect(reviewed.updates.listed).toEqual([
    expect.objectContaining({
      table: 'contacts',
      name: 'Ana María López',
      fields: [{ field: 'city', before: undefined, after: 'Toronto' }],
    }),
  ])
  await importText('Name,Email,City\nAna María López,ana@ufcw.org,Toronto\n', 'contacts')
  const [ana] = await db.contacts.toArray()
  expect(ana).toMatchObject({ firstName: 'Ana', lastName: 'María López', city: 'Toronto' })
})

it('keeps a column no field fits as a line of the notes', async () => {
  await importText(
    'Name,Email,Accessibility needs\nAna López,ana@ufcw.org,Wheelchair seat\n',
    'contacts',
  )
  const [ana] = await db.contacts.toArray()
  expect(ana?.notes).toBe('Accessibility needs: Wheelchair seat')
})
