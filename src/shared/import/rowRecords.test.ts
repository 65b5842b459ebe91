import { expect, it } from 'vitest'
import { defaultValueOptions, type ImportEntity } from '../csv'
import { createRowReader } from './createRowReader'
import { COLUMN_AS_NOTE, COLUMN_AS_TAG, IGNORE_COLUMN } from './importSettings'
import { rowRecords } from './rowRecords'

function read(
  entity: ImportEntity,
  headers: string[],
  columns: string[],
  fields: string[],
  defaults: Record<string, string> = {},
) {
  const reader = createRowReader(headers, {
    entity,
    overrides: {},
    columns,
    defaults,
    valueOptions: defaultValueOptions,
    policy: 'update',
  })
  return rowRecords(entity, reader.read({ row: 2, fields }))
}

it('a contact sheet row yields an organization, a person and the role between them', () => {
  const records = read(
    'contactSheet',
    ['Org', 'Site', 'Name', 'Email', 'Role'],
    [
      'organization.name',
      'organization.website',
      'contact.fullName',
      'contact.emails',
      'affiliation.role',
    ],
    ['UFCW Local 1', 'ufcw.org', 'Ana de la Cruz', 'ana@ufcw.org; ANA@gmail.com', 'Organizer'],
  )
  expect(records.issues).toEqual([])
  expect(records.organization?.fields).toMatchObject({
    name: 'UFCW Local 1',
    website: 'https://ufcw.org/',
    domain: 'ufcw.org',
  })
  expect(records.contact?.fields).toMatchObject({
    firstName: 'Ana',
    lastName: 'de la Cruz',
    emails: [
      { address: 'ana@ufcw.org', primary: true },
      { address: 'ana@gmail.com', primary: false },
    ],
  })
  expect(records.contact?.given.sort()).toEqual(['emails', 'firstName', 'lastName'])
  expect(records.affiliation).toEqual({ role: 'Organizer' })
})

it('columns kept as notes and tags go to the record; left-out columns go nowhere', () => {
  const records = read(
    'contacts',
    ['Name', 'Source', 'Segment', 'Internal id'],
    ['fullName', COLUMN_AS_NOTE, COLUMN_AS_TAG, IGNORE_COLUMN],
    ['Ben Okafor', 'Hot Docs 2024', 'festival', '42'],
  )
  expect(records.contact?.fields).toMatchObject({
    firstName: 'Ben',
    lastName: 'Okafor',
    notes: 'Source: Hot Docs 2024',
    tags: ['festival'],
  })
})

it('a bad cell or an incomplete record is an issue with its place, and yields nothing', () => {
  const bad = read('contacts', ['Name', 'Phone'], ['fullName', 'phones'], ['Cleo', 'call me'])
  expect(bad.contact).toBeUndefined()
  expect(bad.issues).toEqual([
    expect.objectContaining({ code: 'invalidPhone', row: 2, column: 1, severity: 'error' }),
  ])
  const empty = read('contacts', ['Name', 'Email'], ['fullName', 'emails'], ['', ''])
  expect(empty.issues).toEqual([
    expect.objectContaining({
      code: 'invalidRecord',
      params: expect.objectContaining({ message: 'validation.nameOrEmail' }),
    }),
  ])
})

it('a default fills an empty cell and a missing column; a required field without one is an issue', () => {
  const records = read('organizations', ['Name', 'Stage'], ['name', 'stage'], ['Hot Docs', ''], {
    stage: 'Committed',
    type: 'festival',
  })
  expect(records.organization?.fields).toMatchObject({ stage: 'committed', type: 'festival' })
  const nameless = read('organizations', ['Name'], ['name'], [''])
  expect(nameless.issues).toEqual([
    expect.objectContaining({ code: 'required', row: 2, column: 0 }),
  ])
})

it('keeps the id a row names its record by beside the record, never among its fields', () => {
  const records = read(
    'contacts',
    ['First name', 'Impact Desk ID'],
    ['firstName', 'id'],
    ['Ana', ' 4f1c-id '],
  )
  expect(records.contact).toMatchObject({ id: '4f1c-id', given: ['firstName'] })
  expect(records.contact?.fields).not.toHaveProperty('id')
  expect(read('organizations', ['Name', 'Impact Desk ID'], ['name', 'id'], ['Acme', ''])).toEqual(
    expect.objectContaining({
      organization: expect.not.objectContaining({ id: expect.anything() }),
    }),
  )
})

it('a bad email never drops the person: it is kept in the notes, and the row says so', () => {
  const cleo = read(
    'contacts',
    ['Name', 'Email'],
    ['fullName', 'emails'],
    ['Cleo Diaz', 'cleo(at)x.org; cleo@example.org'],
  )
  expect(cleo.issues).toEqual([])
  expect(cleo.contact?.fields).toMatchObject({
    firstName: 'Cleo',
    emails: [{ address: 'cleo@example.org', primary: true }],
    notes: 'Email: cleo(at)x.org',
  })
  expect(cleo.warnings).toEqual([
    expect.objectContaining({
      code: 'emailKeptInNotes',
      row: 2,
      column: 1,
      params: { value: 'cleo(at)x.org' },
    }),
  ])
})
