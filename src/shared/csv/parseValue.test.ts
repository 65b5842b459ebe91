import { describe, expect, it } from 'vitest'
import { contactFields } from './contactFields'
import type { ImportField } from './importField'
import { organizationFields } from './organizationFields'
import { dateFormats, parseDate, type DateFormat } from './parseDate'
import { parseDecimal } from './parseDecimal'
import { parseValue, valueIssue } from './parseValue'
import { screeningFields } from './screeningFields'
import { nameOrderFor, splitFullName } from './splitFullName'

const field = (fields: readonly ImportField[], key: string) => {
  const found = fields.find((f) => f.key === key)
  if (!found) throw new Error(key)
  return found
}
const emails = field(contactFields, 'emails')
const phones = field(contactFields, 'phones')
const consent = field(contactFields, 'consent.given')
const strength = field(contactFields, 'strength')
const website = field(organizationFields, 'website')
const orgType = field(organizationFields, 'type')
const name = field(organizationFields, 'name')
const fee = field(screeningFields, 'licence.fee')
const startsAt = field(screeningFields, 'startsAt')
const status = field(screeningFields, 'status')

describe('parseValue', () => {
  it('reads emails, phones and web addresses, multi-value cells split on ";"', () => {
    expect(parseValue(emails, 'Ana@UFCW.org; ana.lopez@gmail.com')).toEqual({
      ok: true,
      value: ['ana@ufcw.org', 'ana.lopez@gmail.com'],
    })
    expect(parseValue(emails, 'Ana López <ana@ufcw.org>')).toEqual({
      ok: true,
      value: ['ana@ufcw.org'],
    })
    expect(parseValue(emails, 'ana@; b@x.org')).toEqual({
      ok: false,
      code: 'invalidEmail',
      expected: 'name@example.org',
      value: 'ana@; b@x.org',
    })
    expect(parseValue(phones, '+1 (416) 555-0100 x12;(613) 555 0199')).toMatchObject({ ok: true })
    expect(parseValue(phones, 'call me')).toMatchObject({ ok: false, code: 'invalidPhone' })
    expect(parseValue(website, 'ufcw.org/local1')).toEqual({
      ok: true,
      value: 'https://ufcw.org/local1',
    })
    expect(parseValue(website, 'javascript:alert(1)')).toMatchObject({
      ok: false,
      code: 'invalidUrl',
    })
    expect(parseValue(website, 'not a site')).toMatchObject({ ok: false, code: 'invalidUrl' })
  })

  it('reads dates in the chosen format and refuses days that do not exist', () => {
    const cases: [DateFormat, string, string][] = [
      ['iso', '2024-04-28', '2024-04-28'],
      ['iso', '2024-04-28T18:00:00Z', '2024-04-28'],
      ['dmySlash', '28/04/2024', '2024-04-28'],
      ['mdySlash', '4/28/2024', '2024-04-28'],
      ['dmyDot', '28.4.2024', '2024-04-28'],
      ['dmyDash', '28-04-2024', '2024-04-28'],
      ['ymdSlash', '2024/04/28', '2024-04-28'],
      ['dMonY', '03 Apr 2024', '2024-04-03'],
      ['dMonY', '3 April 2024', '2024-04-03'],
      ['iso', '2024-02-29', '2024-02-29'],
    ]
    for (const [format, text, value] of cases)
      expect(parseDate(text, format), text).toEqual({ ok: true, value })
    expect(parseDate('2024-02-30', 'iso')).toEqual({ ok: false, code: 'impossibleDate' })
    expect(parseDate('2023-02-29', 'iso')).toEqual({ ok: false, code: 'impossibleDate' })
    expect(parseDate('31/04/2024', 'dmySlash')).toEqual({ ok: false, code: 'impossibleDate' })
    expect(parseDate('04/28/2024', 'dmySlash')).toEqual({ ok: false, code: 'impossibleDate' })
    expect(parseDate('28/04/24', 'dmySlash')).toEqual({ ok: false, code: 'invalidDate' })
    expect(parseDate('soon', 'iso')).toEqual({ ok: false, code: 'invalidDate' })
    for (const [format, { example }] of Object.entries(dateFormats))
      expect(parseDate(example, format as DateFormat).ok, format).toBe(true)
    const consentDate = field(contactFields, 'consent.date')
    expect(
      parseValue(consentDate, '30/02/2024', { dateFormat: 'dmySlash', decimalMark: '.' }),
    ).toEqual({
      ok: false,
      code: 'impossibleDate',
      expected: '28/04/2024',
      value: '30/02/2024',
    })
  })

  it('reads a screening start as local time, or an instant when it has a zone', () => {
    const dmy = { dateFormat: 'dmySlash', decimalMark: '.' } as const
    expect(parseValue(startsAt, '28/04/2024 6:00 pm', dmy)).toEqual({
      ok: true,
      value: '2024-04-28T18:00',
    })
    expect(parseValue(startsAt, '28/04/2024 18:30', dmy)).toEqual({
      ok: true,
      value: '2024-04-28T18:30',
    })
    expect(parseValue(startsAt, '28/04/2024', dmy)).toEqual({ ok: true, value: '2024-04-28T00:00' })
    expect(parseValue(startsAt, '2024-04-28T22:00:00Z')).toEqual({
      ok: true,
      value: '2024-04-28T22:00:00.000Z',
    })
    expect(parseValue(startsAt, '28/04/2024 25:00', dmy)).toMatchObject({
      ok: false,
      code: 'impossibleDate',
    })
  })

  it('reads numbers with either decimal mark and grouping in threes', () => {
    expect(parseDecimal('1,234.5', '.')).toBe(1234.5)
    expect(parseDecimal('1.234,5', ',')).toBe(1234.5)
    expect(parseDecimal('1 234,5', ',')).toBe(1234.5)
    expect(parseDecimal("1'234.5", '.')).toBe(1234.5)
    expect(parseDecimal('$1,200', '.')).toBe(1200)
    expect(parseDecimal('(12.5)', '.')).toBe(-12.5)
    expect(parseDecimal('-0,75', ',')).toBe(-0.75)
    expect(parseDecimal('12,5', '.')).toBeNull()
    expect(parseDecimal('1,23,4', '.')).toBeNull()
    expect(parseDecimal('abc', '.')).toBeNull()
    expect(parseValue(fee, '1.500,50', { dateFormat: 'iso', decimalMark: ',' })).toEqual({
      ok: true,
      value: 1500.5,
    })
    expect(parseValue(strength, '2.5')).toMatchObject({ ok: false, code: 'notAnInteger' })
    expect(parseValue(strength, '7')).toMatchObject({
      ok: false,
      code: 'outOfRange',
      expected: '1–5',
    })
  })

  it('reads yes and no in English, Spanish and French', () => {
    for (const yes of ['yes', 'TRUE', '1', 'x', 'Sí', 'oui', 'Vrai'])
      expect(parseValue(consent, yes), yes).toEqual({ ok: true, value: true })
    for (const no of ['no', 'False', '0', 'non', 'falso', 'faux'])
      expect(parseValue(consent, no), no).toEqual({ ok: true, value: false })
    expect(parseValue(consent, 'maybe')).toMatchObject({ ok: false, code: 'invalidBoolean' })
  })

  it('matches enums by value or English label, any case', () => {
    expect(parseValue(orgType, 'Labor Federation')).toEqual({ ok: true, value: 'laborFederation' })
    expect(parseValue(orgType, 'campusgroup')).toEqual({ ok: true, value: 'campusGroup' })
    expect(parseValue(status, 'CONFIRMED')).toEqual({ ok: true, value: 'confirmed' })
    const unknown = parseValue(status, 'postponed')
    expect(unknown).toMatchObject({ ok: false, code: 'unknownOption' })
    if (!unknown.ok) {
      expect(unknown.expected).toContain('Requested; Approved')
      expect(valueIssue(unknown, 12, 3)).toEqual({
        code: 'unknownOption',
        severity: 'error',
        row: 12,
        column: 3,
        params: { value: 'postponed', expected: unknown.expected },
      })
    }
  })

  it('strips the export formula guard, keeps text as written, requires what is required', () => {
    expect(parseValue(name, "'=HYPERLINK(x)")).toEqual({ ok: true, value: '=HYPERLINK(x)' })
    expect(parseValue(name, "'90s Collective")).toEqual({ ok: true, value: "'90s Collective" })
    expect(parseValue(name, '  ')).toEqual({
      ok: false,
      code: 'required',
      expected: 'Name',
      value: '  ',
    })
    expect(parseValue(field(contactFields, 'notes'), ' two  spaces ')).toEqual({
      ok: true,
      value: ' two  spaces ',
    })
    expect(parseValue(emails, '')).toEqual({ ok: true, value: undefined })
  })
})

describe('splitFullName', () => {
  it('splits a full name into first and last', () => {
    expect(splitFullName('Ana María López')).toEqual({ firstName: 'Ana María', lastName: 'López' })
    expect(splitFullName('López, Ana')).toEqual({ firstName: 'Ana', lastName: 'López' })
    expect(splitFullName('Ana de la Cruz')).toEqual({ firstName: 'Ana', lastName: 'de la Cruz' })
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' })
  })

  it('splits in the order the user chose: two family names, or the family name first', () => {
    const two = (name: string) => splitFullName(name, 'givenTwoFamilies')
    expect(two('Ana María López García')).toEqual({
      firstName: 'Ana María',
      lastName: 'López García',
    })
    expect(two('Ana López García')).toEqual({ firstName: 'Ana', lastName: 'López García' })
    expect(two('Marisol Flores')).toEqual({ firstName: 'Marisol', lastName: 'Flores' })
    expect(two('José de la Cruz Pérez')).toEqual({
      firstName: 'José',
      lastName: 'de la Cruz Pérez',
    })
    expect(splitFullName('Nguyễn Văn An', 'familyGiven')).toEqual({
      firstName: 'Văn An',
      lastName: 'Nguyễn',
    })
    expect(splitFullName('López García, Ana', 'familyGiven')).toEqual({
      firstName: 'Ana',
      lastName: 'López García',
    })
    expect(nameOrderFor('es-MX')).toBe('givenTwoFamilies')
    expect(nameOrderFor('fr')).toBe('givenFamily')
  })
})
