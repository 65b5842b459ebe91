import { expect, it } from 'vitest'
import { campaignSchema } from '../domain/campaign'
import { csvHead } from './csvText'
import { exportFieldsFor } from './exportFieldsFor'
import { noLinkNames } from './linkNames'
import { recordRow } from './recordRow'

const campaign = campaignSchema.parse({
  title: '=HYPERLINK("http://evil.example","UNION")',
  status: 'active',
  logline: 'Workers organise, "together"',
  issueTags: ['labour', '+organising', 'housing'],
  impactDynamics: ['changingMinds', 'buildingCommunities'],
  primaryDynamic: 'buildingCommunities',
  goals: '-100 layoffs\n+1 union',
  startDate: '2024-04-28',
  endDate: '2025-01-05',
  film: { runtimeMinutes: 102, languages: ['en', 'es'], closedCaptions: true, asl: true },
  websiteUrl: 'https://union.example.org/',
})

const fields = exportFieldsFor('campaigns')
const row = (dateFormat: 'iso' | 'dmySlash' | 'dMonY', delimiter: ',' | ';' = ',') =>
  Object.fromEntries(
    recordRow('campaigns', campaign, fields, noLinkNames, { dateFormat, delimiter }).map(
      (cell, index) => [fields[index]?.header, cell],
    ),
  )

it('heads a campaign export with the campaign form’s English labels', () => {
  expect(
    csvHead(
      fields.map((field) => field.header),
      { bom: false, delimiter: ',' },
    ),
  ).toBe(
    'Title,Status,Logline,Issue tags,Impact dynamics,Primary dynamic,Goals,Start date,End date,' +
      'Runtime,Languages,Closed captions version,Audio description version,ASL version,Website,' +
      'Trailer\r\n',
  )
})

it('writes a campaign row: formulas neutralised, several values joined, labels, yes/no', () => {
  expect(row('iso')).toEqual({
    Title: `'=HYPERLINK("http://evil.example","UNION")`,
    Status: 'Active',
    Logline: 'Workers organise, "together"',
    'Issue tags': 'labour; +organising; housing',
    'Impact dynamics': 'Changing minds; Building communities',
    'Primary dynamic': 'Building communities',
    Goals: `'-100 layoffs\n+1 union`,
    'Start date': '2024-04-28',
    'End date': '2025-01-05',
    Runtime: '102',
    Languages: 'en; es',
    'Closed captions version': 'yes',
    'Audio description version': 'no',
    'ASL version': 'yes',
    Website: 'https://union.example.org/',
    Trailer: '',
  })
})

it('writes a campaign’s dates in the chosen format', () => {
  expect(row('dmySlash', ';')).toMatchObject({
    'Start date': '28/04/2024',
    'End date': '05/01/2025',
  })
  expect(row('dMonY')).toMatchObject({ 'Start date': '28 Apr 2024', 'End date': '05 Jan 2025' })
})

it('guards a joined cell whose first value starts like a formula', () => {
  const tagged = { ...campaign, issueTags: ['@everyone', 'labour'] }
  const cells = recordRow('campaigns', tagged, fields, noLinkNames, {
    dateFormat: 'iso',
    delimiter: ',',
  })
  expect(cells[fields.findIndex((field) => field.key === 'issueTags')]).toBe(`'@everyone; labour`)
})
