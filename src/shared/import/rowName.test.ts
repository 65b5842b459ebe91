import { expect, it } from 'vitest'
import { rowName } from './rowName'

it("names a row's record from its mapped cells: title, name, person, email", () => {
  expect(rowName(['title', 'startsAt'], ['UNION at Hot Docs', 'x'])).toBe('UNION at Hot Docs')
  expect(rowName(['emails', 'lastName', 'firstName'], ['ana@', 'López', 'Ana'])).toBe('Ana López')
  expect(rowName(['emails', 'phones'], [' ana@ufcw.org ', ''])).toBe('ana@ufcw.org')
  expect(rowName(['organization.name', 'contact.fullName'], ['Hot Docs', 'Ben Okafor'])).toBe(
    'Ben Okafor (Hot Docs)',
  )
  expect(rowName(['tags'], ['union'])).toBe('')
})
