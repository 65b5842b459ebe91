import { describe, expect, it } from 'vitest'
import { defaultChoices, isEmptyValue, mergedFields, unionOf } from './mergeFields'

const ana = {
  firstName: 'Ana',
  lastName: 'Lopez',
  emails: [{ address: 'ana@union.org', primary: true }],
  phones: [],
  title: 'Organizer',
  consent: { given: false },
  sensitive: false,
  tags: ['labor'],
  notes: 'Met at Hot Docs',
  organizationNames: ['ALU'],
}
const anaToo = {
  firstName: 'Ana',
  lastName: 'López',
  emails: [
    { address: 'ANA@union.org', primary: false },
    { address: 'ana.lopez@gmail.com', primary: true },
  ],
  phones: [{ number: '+1 718 555 0100', primary: true }],
  pronouns: 'she/her',
  consent: { given: true, source: 'sign-up form' },
  sensitive: true,
  tags: ['Labor', 'press'],
  notes: 'Prefers text messages',
  organizationNames: ['ALU', 'Make the Road'],
}

describe('merging two contacts', () => {
  it('keeps the first record by default, fills its gaps and joins lists that differ', () => {
    expect(defaultChoices('contacts', ana, anaToo)).toEqual({
      firstName: 'a',
      middleName: 'a',
      lastName: 'a',
      emails: 'both',
      phones: 'b',
      title: 'a',
      preferredLanguage: 'a',
      pronouns: 'b',
      city: 'a',
      region: 'a',
      country: 'a',
      links: 'a',
      consent: 'b',
      sensitive: 'b',
      tags: 'both',
      strength: 'a',
      notes: 'both',
    })
  })

  it('applies the choices, one primary email and each entry once', () => {
    const merged = mergedFields('contacts', ana, anaToo, { lastName: 'b', title: 'b' })
    expect(merged).toMatchObject({
      firstName: 'Ana',
      lastName: 'López',
      title: undefined,
      pronouns: 'she/her',
      sensitive: true,
      emails: [
        { address: 'ana@union.org', primary: true },
        { address: 'ana.lopez@gmail.com', primary: false },
      ],
      tags: ['labor', 'press'],
      notes: 'Met at Hot Docs\n\nPrefers text messages',
      organizationNames: ['ALU', 'Make the Road'],
    })
  })
})

describe('merging two organizations', () => {
  it('keeps the name it loses as an alias', () => {
    const merged = mergedFields(
      'organizations',
      { name: 'AFL CIO', aliases: ['Federation'], type: 'laborFederation' },
      { name: 'AFL-CIO', aliases: [], website: 'https://aflcio.org', domain: 'aflcio.org' },
      { name: 'b' },
    )
    expect(merged).toMatchObject({
      name: 'AFL-CIO',
      aliases: ['Federation', 'AFL CIO'],
      type: 'laborFederation',
      website: 'https://aflcio.org',
      domain: 'aflcio.org',
    })
  })
})

it('knows an empty value and joins lists by what identifies their entries', () => {
  expect([undefined, '', '  ', [], false, { given: false, source: '' }].every(isEmptyValue)).toBe(
    true,
  )
  expect([0, 'x', ['x'], true, { given: true }].some(isEmptyValue)).toBe(false)
  expect(unionOf([{ number: '+1 (718) 555-0100' }], [{ number: '+17185550100' }])).toHaveLength(1)
})
