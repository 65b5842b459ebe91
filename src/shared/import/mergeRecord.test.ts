import { expect, it } from 'vitest'
import { mergeRecord } from './mergeRecord'

const ana = {
  firstName: 'Ana',
  title: undefined,
  tags: ['union'],
  emails: [{ address: 'ana@ufcw.org', primary: true }],
  consent: { given: false, source: 'form' },
}

it('update writes the given paths only, and lists gain new items', () => {
  const incoming = {
    firstName: 'Ana María',
    title: 'Organizer',
    tags: ['union', 'film'],
    emails: [
      { address: 'ANA@ufcw.org', primary: true },
      { address: 'ana@gmail.com', primary: false },
    ],
    consent: { given: true, source: undefined },
    notes: 'not given',
  }
  const { merged, changed } = mergeRecord(
    ana,
    incoming,
    ['firstName', 'title', 'tags', 'emails', 'consent.given'],
    'update',
  )
  expect(merged).toEqual({
    firstName: 'Ana María',
    title: 'Organizer',
    tags: ['union', 'film'],
    emails: [
      { address: 'ana@ufcw.org', primary: true },
      { address: 'ana@gmail.com', primary: false },
    ],
    consent: { given: true, source: 'form' },
  })
  expect(changed.sort()).toEqual(['consent', 'emails', 'firstName', 'tags', 'title'])
  // The original is untouched, nested objects included.
  expect(ana.consent).toEqual({ given: false, source: 'form' })
})

it('fill writes only where the record has nothing', () => {
  const { merged, changed } = mergeRecord(
    ana,
    { firstName: 'Anita', title: 'Organizer', tags: ['film'] },
    ['firstName', 'title', 'tags'],
    'fill',
  )
  expect(merged).toMatchObject({ firstName: 'Ana', title: 'Organizer', tags: ['union'] })
  expect(changed).toEqual(['title'])
})

it('answers the same record, unchanged, when the row says what it already holds', () => {
  const { merged, changed } = mergeRecord(
    ana,
    { ...ana },
    ['firstName', 'tags', 'emails'],
    'update',
  )
  expect(changed).toEqual([])
  expect(merged).toBe(ana)
})

it('notes gain the lines they lack, whatever the mode, and a file read again adds nothing', () => {
  const existing = { notes: 'Met at Hot Docs\nCity: Toronto' }
  for (const mode of ['update', 'fill', 'combine'] as const) {
    const { merged, changed } = mergeRecord(
      existing,
      { notes: 'City: Toronto\nAccessibility needs: Step-free seat' },
      ['notes'],
      mode,
    )
    expect(merged['notes']).toBe(
      'Met at Hot Docs\nCity: Toronto\nAccessibility needs: Step-free seat',
    )
    expect(changed).toEqual(['notes'])
    expect(mergeRecord(merged, { notes: 'City: Toronto' }, ['notes'], mode).changed).toEqual([])
  }
})
