import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../../shared/i18n/createI18n'
import { fieldPhrase } from './fieldPhrase'
import { formatFileSize } from './formatFileSize'
import { importFieldLabelKey } from './importFieldLabelKey'
import { mappingRows } from './mappingRows'
import { sayPhrase } from './phrase'
import { runSettingLines } from './runSettingLines'

const en = createI18n('en').t
const fr = createI18n('fr').t

describe('field labels of an import', () => {
  it('finds the message that translates a field by its English header', () => {
    expect(importFieldLabelKey('contacts', { key: 'firstName', header: 'First name' })).toBe(
      'contacts.fields.firstName',
    )
    expect(importFieldLabelKey('organizations', { key: 'aliases', header: 'Also known as' })).toBe(
      'organizations.fields.aliases',
    )
    // "venue.city" is labelled by screenings.fields.city.
    expect(importFieldLabelKey('screenings', { key: 'venue.city', header: 'City' })).toBe(
      'screenings.fields.city',
    )
    expect(importFieldLabelKey('contacts', { key: 'fullName', header: 'Full name' })).toBe(
      undefined,
    )
  })

  it('says a field in the user’s language, or its header where no message has it', () => {
    expect(sayPhrase(fr, fieldPhrase('contacts', 'firstName'))).toBe('Prénom')
    expect(sayPhrase(fr, fieldPhrase('contacts', 'fullName'))).toBe('Full name')
    expect(sayPhrase(fr, fieldPhrase('screenings', 'id'))).toBe('ID Impact Desk')
    expect(sayPhrase(en, fieldPhrase('contacts', 'gone'))).toBe('gone')
  })

  it('names the part of a contact sheet a field belongs to', () => {
    expect(sayPhrase(en, fieldPhrase('contactSheet', 'contact.emails'))).toBe('Person: Emails')
    expect(sayPhrase(en, fieldPhrase('contactSheet', 'organization.city'))).toBe(
      'Organization: City',
    )
    expect(sayPhrase(en, fieldPhrase('contactSheet', 'affiliation.role'))).toBe('Role')
    expect(sayPhrase(en, fieldPhrase('contactSheet', 'affiliation.endDate'))).toBe('Role end')
  })
})

describe('mappingRows', () => {
  it('pairs each header with where its column went', () => {
    const rows = mappingRows('contacts', ['Email', 'Remarks', 'Group', 'Fax', ''], {
      columns: ['emails', ':note', ':tag', ''],
    })
    expect(
      rows.map((row) => [sayPhrase(en, row.header), sayPhrase(en, row.target), row.kind]),
    ).toEqual([
      ['Email', 'Emails', 'field'],
      ['Remarks', 'Kept as a note', 'note'],
      ['Group', 'Kept as a tag', 'tag'],
      ['Fax', 'Left out', 'ignore'],
      ['Column 5', 'Left out', 'ignore'],
    ])
  })

  it('survives settings that hold no columns', () => {
    expect(mappingRows('contacts', [], {})).toEqual([])
    expect(mappingRows('contacts', ['A'], { columns: 'nonsense' })[0]!.kind).toBe('ignore')
  })
})

describe('runSettingLines', () => {
  const say = (settings: Record<string, unknown>) =>
    runSettingLines(settings).map((line) => `${en(line.label)}: ${sayPhrase(en, line.value)}`)

  it('puts what the user chose in words', () => {
    expect(
      say({
        overrides: { encoding: 'windows-1252', delimiter: ';', headerRow: 2 },
        valueOptions: { dateFormat: 'dmySlash', decimalMark: ',' },
        policy: 'fill',
      }),
    ).toEqual([
      'Encoding: Windows-1252 (Western, Excel on Windows)',
      'Delimiter: Semicolon (;)',
      'Header row: Row 3',
      'Dates: Like 28/04/2024',
      'Decimal mark: Comma (1.234,5)',
      'When a row matches a record already there: Fill blanks only',
    ])
  })

  it('counts the values chosen for choice columns, when there are any', () => {
    const settings = { overrides: {}, valueOptions: {}, policy: 'update' }
    expect(
      say({ ...settings, valueMap: { type: { guild: 'union', media: ':unmapped' } } }),
    ).toContain('Values of choice columns: 2 values chosen')
    expect(say({ ...settings, valueMap: {} }).join()).not.toContain('Values of choice columns')
  })

  it('says what was detected, and what was not recorded, instead of failing', () => {
    expect(say({ overrides: {}, valueOptions: { dateFormat: 'nope' }, policy: 42 })).toEqual([
      'Encoding: Detected from the file',
      'Delimiter: Detected from the file',
      'Header row: Detected from the file',
      'Dates: Not recorded',
      'Decimal mark: Not recorded',
      'When a row matches a record already there: Not recorded',
    ])
  })
})

describe('formatFileSize', () => {
  it('reads like a file manager, in the locale', () => {
    expect(formatFileSize(0, 'en')).toBe('0 bytes')
    expect(formatFileSize(912, 'en')).toBe('912 bytes')
    expect(formatFileSize(912, 'fr')).toMatch(/^912\soctets$/)
    expect(formatFileSize(12_345, 'en')).toBe('12.3 kB')
    expect(formatFileSize(3_400_000, 'fr')).toMatch(/^3,4\s?Mo$/)
    expect(formatFileSize(250_000_000, 'en')).toBe('250 MB')
  })
})
