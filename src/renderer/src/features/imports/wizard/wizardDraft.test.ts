import { expect, it } from 'vitest'
import { dateGuessFor, draftFor, guessEntity, withColumns } from './wizardDraft'

it('guesses what a file holds from its headers', () => {
  expect(guessEntity(['Organisation', 'Org website', 'Name', 'Email', 'Role'])).toBe('contactSheet')
  // People with their company: a contacts file, whose company names link organizations.
  expect(guessEntity(['First Name', 'Last Name', 'Email Address', 'Company'])).toBe('contacts')
  expect(guessEntity(['Name', 'Email', 'Job title'])).toBe('contacts')
  expect(guessEntity(['Name', 'City'])).toBe('contacts')
  expect(
    guessEntity([
      'Name',
      'Also known as',
      'Type',
      'Website',
      'Domain',
      'City',
      'Partnership stage',
    ]),
  ).toBe('organizations')
  expect(guessEntity(['Company name', 'Company Domain Name', 'City'])).toBe('organizations')
  expect(guessEntity(['Title', 'Campaign', 'Start', 'Time zone'])).toBe('screenings')
  expect(guessEntity(['Metric', 'Campaign', 'Value', 'Date'])).toBe('metricEntries')
})

it('takes a schedule without a campaign column for screenings, not for people', () => {
  expect(guessEntity(['Title', 'Date', 'Time', 'Venue', 'City', 'Time zone'])).toBe('screenings')
  expect(guessEntity(['Event', 'Event date', 'Start time', 'Venue', 'Timezone'])).toBe('screenings')
  // A date and a place alone are not enough, nor is a schedule of people.
  expect(guessEntity(['Name', 'Date', 'City'])).toBe('contacts')
  expect(guessEntity(['Name', 'Email', 'Date', 'Time', 'Venue', 'City'])).not.toBe('screenings')
})

it('guesses the date format from the cells of the date columns, with the cell that shows it', () => {
  const csv = [
    'Title,Date,Time,Venue,City,Time zone,Seats',
    'UNION,05/03/2024,19:00,Hot Docs,Toronto,America/Toronto,12',
    'UNION,28/04/2024,7:00 PM,Hot Docs,Toronto,America/Toronto,30',
  ].join('\n')
  const bytes = new TextEncoder().encode(csv)
  const source = { name: 'schedule.csv', size: bytes.length, read: async () => bytes }
  const draft = draftFor(source, bytes)
  expect(draft.settings.entity).toBe('screenings')
  expect(draft.settings.valueOptions.dateFormat).toBe('dmySlash')
  // "30" in the seats column is no date: only the columns mapped to dates count.
  expect(dateGuessFor(draft.sniff, draft.settings)).toEqual({
    format: 'dmySlash',
    reason: 'firstOver12',
    sample: { value: '28/04/2024', row: 3 },
  })
})

it('a date column mapped by hand brings its guess, unless the user chose the format', () => {
  const csv = ['Name,When,Email', 'Ana,4/28/2024,ana@example.org'].join('\n')
  const bytes = new TextEncoder().encode(csv)
  const source = { name: 'people.csv', size: bytes.length, read: async () => bytes }
  const { sniff, settings } = draftFor(source, bytes, {
    entity: 'contacts',
    overrides: {},
    columns: [],
    defaults: {},
    valueOptions: { dateFormat: 'iso', decimalMark: '.' },
    policy: 'update',
  })
  expect(settings.columns[1]).not.toBe('consent.date')
  const mapped = ['fullName', 'consent.date', 'emails']
  expect(withColumns(sniff, settings, mapped).valueOptions.dateFormat).toBe('mdySlash')
  const chosen = {
    ...settings,
    valueOptions: { ...settings.valueOptions, dateFormat: 'dMonY' as const },
  }
  expect(withColumns(sniff, chosen, mapped).valueOptions.dateFormat).toBe('dMonY')
})

it('takes a schedule kept in French or Spanish for screenings', () => {
  expect(guessEntity(['Titre', 'Date', 'Heure', 'Lieu', 'Ville', 'Fuseau horaire'])).toBe(
    'screenings',
  )
  expect(guessEntity(['Título', 'Fecha', 'Hora', 'Lugar', 'Ciudad', 'Zona horaria'])).toBe(
    'screenings',
  )
})

it('a new file read with earlier settings keeps the values chosen for its choice columns', () => {
  const bytes = new TextEncoder().encode('Name,Type\nUFCW,Guild\n')
  const source = { name: 'partners.csv', size: bytes.length, read: async () => bytes }
  const first = draftFor(source, bytes)
  expect(first.settings.valueMap).toBeUndefined()
  const valueMap = { type: { guild: 'union' } }
  const again = draftFor(source, bytes, { ...first.settings, valueMap })
  expect(again.settings.valueMap).toEqual(valueMap)
})
