import { describe, expect, it } from 'vitest'
import { contactFields } from './contactFields'
import type { ImportField } from './importField'
import { organizationFields } from './organizationFields'
import { splitCell } from './splitCell'

const field = (fields: readonly ImportField[], key: string) =>
  fields.find((candidate) => candidate.key === key) as ImportField
const tags = field(contactFields, 'tags')

describe('splitCell', () => {
  it('splits tags as each tool writes them, keeping no quotes', () => {
    expect(splitCell('"Screening RSVP","Staten Island"', tags)).toEqual([
      'Screening RSVP',
      'Staten Island',
    ])
    expect(splitCell('"Screening RSVP"', tags)).toEqual(['Screening RSVP'])
    expect(splitCell('toronto, festival', tags)).toEqual(['toronto', 'festival'])
    expect(splitCell('Union; Press', tags)).toEqual(['Union', 'Press'])
    expect(splitCell('Union|Press | Labor', tags)).toEqual(['Union', 'Press', 'Labor'])
  })

  it("drops Google's system groups and its other '* ' marks", () => {
    expect(splitCell('* myContacts ::: * starred ::: Partners ::: * coworkers', tags)).toEqual([
      'Partners',
      'coworkers',
    ])
  })

  it('keeps commas and pipes in values that may hold them, such as organization names', () => {
    const names = field(contactFields, 'organizationNames')
    expect(splitCell('Teamsters, Local 1; Hot Docs', names)).toEqual([
      'Teamsters, Local 1',
      'Hot Docs',
    ])
    expect(splitCell('A|B', field(organizationFields, 'aliases'))).toEqual(['A|B'])
  })

  it("splits emails on Google's ::: and commas, each kept once", () => {
    const emails = field(contactFields, 'emails')
    expect(splitCell('ana@ufcw.org ::: ana@gmail.com, ana@ufcw.org', emails)).toEqual([
      'ana@ufcw.org',
      'ana@gmail.com',
    ])
  })
})
