import { describe, expect, it } from 'vitest'
import { matchColumns } from './matchColumns'
import { importFieldsFor } from './importFieldsFor'
import { importTargets } from '../domain/importRun'

const fieldsOf = (headers: string[], entity: Parameters<typeof matchColumns>[1]) =>
  Object.fromEntries(matchColumns(headers, entity).map((m) => [m.header, m.field]))

describe('matchColumns', () => {
  it('matches the headers the exporter writes exactly, for every entity', () => {
    for (const entity of importTargets) {
      const fields = importFieldsFor(entity)
      const matches = matchColumns(
        fields.map((field) => field.header),
        entity,
      )
      expect(
        matches.map((m) => [m.field, m.reason]),
        entity,
      ).toEqual(fields.map((field) => [field.key, 'exact']))
      expect(new Set(fields.map((f) => f.header.toLowerCase())).size, entity).toBe(fields.length)
    }
  })

  it('reads Google Contacts, keeping labels out', () => {
    expect(
      fieldsOf(
        [
          'Given Name',
          'Family Name',
          'E-mail 1 - Label',
          'E-mail 1 - Value',
          'E-mail 2 - Value',
          'Phone 1 - Value',
          'Organization 1 - Name',
          'Organization 1 - Title',
          'Group Membership',
          'Name Prefix',
        ],
        'contacts',
      ),
    ).toEqual({
      'Given Name': 'firstName',
      'Family Name': 'lastName',
      'E-mail 1 - Label': null,
      'E-mail 1 - Value': 'emails',
      'E-mail 2 - Value': 'emails',
      'Phone 1 - Value': 'phones',
      'Organization 1 - Name': 'organizationNames',
      'Organization 1 - Title': 'title',
      'Group Membership': 'tags',
      'Name Prefix': null,
    })
  })

  it('reads Outlook, LinkedIn, Mailchimp, Eventbrite, Action Network and HubSpot', () => {
    expect(
      fieldsOf(
        [
          'Title',
          'First Name',
          'Last Name',
          'E-mail Address',
          'E-mail Display Name',
          'Business Phone',
          'Mobile Phone',
          'Company',
          'Job Title',
          'Categories',
        ],
        'contacts',
      ),
    ).toEqual({
      Title: null,
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'E-mail Address': 'emails',
      'E-mail Display Name': null,
      'Business Phone': 'phones',
      'Mobile Phone': 'phones',
      Company: 'organizationNames',
      'Job Title': 'title',
      Categories: 'tags',
    })
    expect(
      fieldsOf(
        ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
        'contacts',
      ),
    ).toMatchObject({
      'Email Address': 'emails',
      Company: 'organizationNames',
      Position: 'title',
      'Connected On': null,
    })
    expect(
      fieldsOf(['Email Address', 'First Name', 'Last Name', 'TAGS', 'MEMBER_RATING'], 'contacts'),
    ).toEqual({
      'Email Address': 'emails',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      TAGS: 'tags',
      MEMBER_RATING: null,
    })
    expect(
      fieldsOf(
        [
          'Order #',
          'Attendee first name',
          'Attendee last name',
          'Attendee email',
          'Ticket type',
          'Cell Phone',
        ],
        'contacts',
      ),
    ).toEqual({
      'Order #': null,
      'Attendee first name': 'firstName',
      'Attendee last name': 'lastName',
      'Attendee email': 'emails',
      'Ticket type': null,
      'Cell Phone': 'phones',
    })
    expect(
      fieldsOf(
        ['first_name', 'last_name', 'email', 'zip_code', 'can2_phone', 'can2_sms_status'],
        'contacts',
      ),
    ).toEqual({
      first_name: 'firstName',
      last_name: 'lastName',
      email: 'emails',
      zip_code: null,
      can2_phone: 'phones',
      can2_sms_status: null,
    })
    expect(
      fieldsOf(
        [
          'Company name',
          'Company Domain Name',
          'Website URL',
          'State/Region',
          'Country/Region',
          'Phone Number',
        ],
        'organizations',
      ),
    ).toEqual({
      'Company name': 'name',
      'Company Domain Name': 'domain',
      'Website URL': 'website',
      'State/Region': 'region',
      'Country/Region': 'country',
      'Phone Number': null,
    })
  })

  it('reads a hand-made contact sheet: organisation, person and role', () => {
    const matches = matchColumns(
      ['Organisation', 'Name', 'Email', 'Role', 'Website', 'Adress'],
      'contactSheet',
    )
    expect(matches.map((m) => [m.field, m.reason])).toEqual([
      ['organization.name', 'synonym'],
      ['contact.fullName', 'synonym'],
      ['contact.emails', 'synonym'],
      ['affiliation.role', 'exact'],
      ['organization.website', 'synonym'],
      [null, 'none'],
    ])
    expect(fieldsOf(['Org', 'Organsation type'], 'contactSheet')).toEqual({
      Org: 'organization.name',
      'Organsation type': 'organization.type',
    })
  })

  it('maps the record id an export writes by its exact header only, never another tool’s id', () => {
    const headers = ['Impact Desk ID', 'impact desk id', 'ID', 'Id', 'Order ID', 'Record ID']
    for (const entity of ['organizations', 'contacts', 'screenings', 'metricEntries'] as const)
      expect(
        matchColumns(headers, entity).map((m) => [m.header, m.field, m.reason]),
        entity,
      ).toEqual([
        ['Impact Desk ID', 'id', 'exact'],
        ['impact desk id', null, 'taken'],
        ['ID', null, 'none'],
        ['Id', null, 'none'],
        ['Order ID', null, 'none'],
        ['Record ID', null, 'none'],
      ])
    expect(fieldsOf(['Email', 'Attendee #', 'HubSpot ID'], 'contacts')).toEqual({
      Email: 'emails',
      'Attendee #': null,
      'HubSpot ID': null,
    })
  })

  it('gives a single-value field its most confident column, and the others after it', () => {
    const matches = matchColumns(['Organisation', 'Organization'], 'organizations')
    expect(matches.map((m) => [m.field, m.reason])).toEqual([
      ['name', 'synonym'],
      ['name', 'taken'],
    ])
  })
})

describe('matching by values', () => {
  const samples = [
    ['Ana', 'https://www.linkedin.com/in/ana-lopez', 'UFCW Local 1'],
    ['Ben', 'linkedin.com/in/ben-okafor', 'Hot Docs'],
  ]
  it('gives a site column of profile links to the person, never to the organization', () => {
    const fields = matchColumns(['Name', 'Website', 'Company'], 'contactSheet', samples).map(
      (match) => [match.field, match.reason],
    )
    expect(fields[1]).toEqual(['contact.links', 'profileLinks'])
  })
  it("keeps an organization's social page as its site in a file of organizations", () => {
    const pages = [['Comité', 'https://www.facebook.com/comite']]
    expect(matchColumns(['Name', 'Website'], 'organizations', pages)[1]?.field).toBe('website')
  })
})
