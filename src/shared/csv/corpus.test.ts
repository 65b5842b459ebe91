import { describe, expect, it } from 'vitest'
import type { CsvIssueCode } from './csvIssue'
import type { ImportEntity } from './importField'
import { fixtures } from './loadFixtures'
import { matchColumns } from './matchColumns'
import { parseValue } from './parseValue'
import { importFieldsFor } from './importFieldsFor'
import { readCsv } from './readCsv'
import { chunked, utf8 } from './testBytes'

type Read = ReturnType<typeof readCsv>

type Expected = {
  encoding?: string
  encodingReason?: string
  delimiter?: string
  lineEnding?: string
  headerRow?: number
  headers?: string[]
  /** The data rows' fields, or how many there are. */
  rows?: string[][] | number
  /** Every issue code with its count; nothing else may be reported. */
  issues?: Partial<Record<CsvIssueCode, number>>
  fatal?: boolean
  /** Columns and the fields they match, for files that some tool exported. */
  mapping?: { entity: ImportEntity; fields: (string | null)[] }
  check?: (read: Read) => void
}

const people = [
  ['José Martínez', 'Bogotá', 'jose@example.org'],
  ['Anaïs Dubois', 'Montréal', 'anais@example.org'],
]
const peopleHeaders = ['Name', 'City', 'Email']

/** Each file of the corpus and what reading it must give: no silent corruption. */
const corpus: Record<string, Expected> = {
  'utf8-bom.csv': {
    encoding: 'utf-8',
    encodingReason: 'bom',
    lineEnding: 'crlf',
    headers: peopleHeaders,
    rows: people,
    issues: {},
  },
  'utf8-no-bom.csv': {
    encoding: 'utf-8',
    encodingReason: 'validUtf8',
    headers: peopleHeaders,
    rows: people,
    issues: {},
  },
  'utf16le-bom.csv': {
    encoding: 'utf-16le',
    encodingReason: 'bom',
    headers: peopleHeaders,
    rows: people,
    issues: {},
  },
  'utf16be-bom.csv': {
    encoding: 'utf-16be',
    encodingReason: 'bom',
    headers: peopleHeaders,
    rows: people,
    issues: {},
  },
  'utf16le-no-bom.csv': {
    encoding: 'utf-16le',
    encodingReason: 'nulPattern',
    headers: peopleHeaders,
    rows: people,
    issues: {},
  },
  'utf16be-no-bom.csv': {
    encoding: 'utf-16be',
    encodingReason: 'nulPattern',
    headers: peopleHeaders,
    rows: people,
    issues: {},
  },
  'windows-1252.csv': {
    encoding: 'windows-1252',
    encodingReason: 'invalidUtf8',
    delimiter: ';',
    rows: [
      ['José Martínez', 'Bogotá', '“Pepe” paid 20 €'],
      ['François Côté', 'Québec', 'Façade – ok'],
    ],
    issues: {},
  },
  'semicolon-decimal-comma.csv': {
    delimiter: ';',
    rows: [
      ['Attendance', '1.234,5', '28/04/2024'],
      ['Calls to senators', '12,75', '29/04/2024'],
    ],
    issues: {},
    mapping: { entity: 'metricEntries', fields: ['metric', 'value', 'date'] },
    check: ({ rows }) => {
      const [, value, date] = importFieldsFor('metricEntries').filter((f) =>
        ['metric', 'value', 'date'].includes(f.key),
      )
      const options = { dateFormat: 'dmySlash', decimalMark: ',' } as const
      expect(rows.map((r) => parseValue(value!, r.fields[1]!, options))).toEqual([
        { ok: true, value: 1234.5 },
        { ok: true, value: 12.75 },
      ])
      expect(parseValue(date!, rows[0]!.fields[2]!, options)).toEqual({
        ok: true,
        value: '2024-04-28',
      })
    },
  },
  'excel-semicolon.csv': {
    encodingReason: 'bom',
    delimiter: ';',
    lineEnding: 'crlf',
    rows: [
      ['Dubois; Anaïs', '1 234,50', '28/04/2024'],
      ['Côté', '12,5', '29/04/2024'],
    ],
    issues: {},
  },
  'tabs.tsv': {
    delimiter: '\t',
    rows: [
      ['Ana', 'López', 'likes, commas; and semicolons'],
      ['Ben', 'Okafor', 'quoted\ttab'],
    ],
    issues: {},
  },
  'pipe.csv': { delimiter: '|', rows: 2, issues: {} },
  'mixed-crlf-lf.csv': {
    lineEnding: 'mixed',
    rows: [
      ['Ana', 'Lyon'],
      ['Ben', 'Paris'],
      ['Chloé', 'Nice'],
    ],
    issues: {},
  },
  'lone-cr.csv': {
    lineEnding: 'cr',
    rows: [
      ['Ana', 'Lyon'],
      ['Ben', 'Paris'],
    ],
    issues: {},
  },
  'quoted-newlines.csv': {
    lineEnding: 'crlf',
    rows: [
      ['Hot Docs', '506 Bloor St W\r\nToronto, ON'],
      ['UFCW', '1775 K St NW\nWashington, DC'],
    ],
    issues: {},
  },
  'duplicate-headers.csv': {
    headers: ['Email', 'Name', 'Email (2)', 'Email (3)'],
    issues: { duplicateHeader: 2 },
    fatal: false,
    mapping: { entity: 'contacts', fields: ['emails', 'fullName', 'emails', 'emails'] },
  },
  'ragged-rows.csv': {
    rows: [
      ['Ana', 'Lyon', 'France'],
      ['Ben', 'Paris', ''],
      ['Chloé', 'Nice', 'France', 'extra'],
      ['Dan', 'Rome', 'Italy'],
    ],
    issues: { tooFewFields: 1, tooManyFields: 1 },
    fatal: false,
    check: ({ report }) =>
      expect(report.errors.map((e) => [e.code, e.row, e.params])).toEqual([
        ['tooFewFields', 3, { expected: 3, actual: 2 }],
        ['tooManyFields', 4, { expected: 3, actual: 4 }],
      ]),
  },
  'trailing-delimiters.csv': {
    rows: [
      ['Ana', 'Lyon'],
      ['Ben', 'Paris'],
    ],
    issues: {},
  },
  'whitespace-lines.csv': {
    rows: [
      ['Ana', 'Lyon'],
      ['Ben', 'Paris'],
    ],
    issues: {},
    check: ({ rows, report }) => {
      expect(rows.map((r) => r.row)).toEqual([3, 7])
      expect(report.blankRows).toBe(5)
    },
  },
  'unclosed-quote.csv': {
    issues: { unclosedQuote: 1 },
    fatal: true,
    check: ({ report }) =>
      expect(report.errors[0]).toMatchObject({ code: 'unclosedQuote', row: 3 }),
  },
  'malformed-quotes.csv': {
    rows: [
      ['Ana', 'said "hi" twice'],
      ['Ben', 'ok'],
    ],
    issues: { malformedQuotes: 1 },
    fatal: false,
  },
  'header-only.csv': {
    headers: ['First name', 'Last name', 'Emails'],
    rows: 0,
    issues: { headerOnly: 1 },
    fatal: true,
  },
  'empty.csv': { rows: 0, issues: { empty: 1 }, fatal: true },
  'one-column.csv': {
    delimiter: ',',
    headers: ['Email'],
    rows: [['ana@example.org'], ['ben@example.org']],
    issues: {},
    mapping: { entity: 'contacts', fields: ['emails'] },
  },
  'formula-cells.csv': {
    rows: [
      ['\'=HYPERLINK("http://x")', "'+1 415"],
      ["'@handle", "'-5"],
      ["'\tTabbed", 'plain'],
    ],
    issues: {},
    check: ({ rows }) => {
      const notes = importFieldsFor('organizations').find((f) => f.key === 'notes')!
      expect(rows.flatMap((r) => r.fields).map((cell) => parseValue(notes, cell))).toEqual(
        ['=HYPERLINK("http://x")', '+1 415', '@handle', '-5', '\tTabbed', 'plain'].map((value) => ({
          ok: true,
          value,
        })),
      )
    },
  },
  'full-width.csv': {
    delimiter: ',',
    rows: [
      ['ＡＢＣ　Ｃｏｌｌｅｃｔｉｖｅ', "'＝１＋１"],
      ['ＵＮＩＯＮ，ＬＯＣＡＬ', '＠ｈａｎｄｌｅ'],
    ],
    issues: {},
    check: ({ rows }) => {
      const notes = importFieldsFor('organizations').find((f) => f.key === 'notes')!
      expect(parseValue(notes, rows[0]!.fields[1]!)).toEqual({ ok: true, value: '＝１＋１' })
    },
  },
  'nul-byte.csv': {
    rows: [
      ['Ana', 'Lyon'],
      ['Ben', 'Paris'],
    ],
    issues: { nulRemoved: 1 },
    fatal: false,
    check: ({ report }) =>
      expect(report.errors[0]).toMatchObject({ code: 'nulRemoved', row: 2, column: 1 }),
  },
  'not-a-csv.xlsx': {
    rows: 0,
    issues: { notText: 1 },
    fatal: true,
    check: ({ report }) => expect(report.errors[0]?.params).toEqual({ format: 'zip' }),
  },
  'binary-noise.bin': { rows: 0, issues: { notText: 1 }, fatal: true },
  'linkedin-connections.csv': {
    headerRow: 3,
    headers: [
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ],
    rows: 2,
    issues: { preambleSkipped: 1 },
    // "Notes:", its paragraph and a blank line: the three rows above the header, as counted.
    check: ({ report }) =>
      expect(report.errors.map((e) => [e.code, e.row, e.params])).toEqual([
        ['preambleSkipped', 4, { rows: 3 }],
      ]),
    fatal: false,
    mapping: {
      entity: 'contacts',
      fields: ['firstName', 'lastName', 'links', 'emails', 'organizationNames', 'title', null],
    },
  },
  'google-contacts.csv': {
    rows: 1,
    issues: {},
    mapping: {
      entity: 'contacts',
      fields: [
        'fullName',
        'firstName',
        'lastName',
        'tags',
        null,
        'emails',
        null,
        'emails',
        null,
        'phones',
        'organizationNames',
        'title',
      ],
    },
  },
  'outlook-contacts.csv': {
    rows: 1,
    issues: {},
    mapping: {
      entity: 'contacts',
      fields: [
        null,
        'firstName',
        'middleName',
        'lastName',
        null,
        'organizationNames',
        null,
        'title',
        'phones',
        'phones',
        'emails',
        null,
        'emails',
        'tags',
        'notes',
      ],
    },
  },
  'mailchimp-members.csv': {
    rows: 1,
    issues: {},
    mapping: {
      entity: 'contacts',
      fields: ['emails', 'firstName', 'lastName', null, 'phones', null, null, 'tags'],
    },
  },
  'eventbrite-attendees.csv': {
    rows: 1,
    issues: {},
    mapping: {
      entity: 'contacts',
      fields: [
        null,
        null,
        'firstName',
        'lastName',
        'emails',
        null,
        'phones',
        'organizationNames',
        'title',
      ],
    },
  },
  'action-network.csv': {
    rows: 1,
    issues: {},
    mapping: {
      entity: 'contacts',
      fields: [null, 'firstName', 'lastName', 'emails', null, 'phones', null],
    },
  },
  'hubspot-companies.csv': {
    rows: 1,
    issues: {},
    mapping: {
      entity: 'organizations',
      fields: [null, 'name', 'domain', 'website', 'city', 'region', 'country', null, 'type'],
    },
  },
  'contact-sheet.csv': {
    rows: 2,
    issues: {},
    mapping: {
      entity: 'contactSheet',
      fields: [
        'organization.name',
        'organization.website',
        'contact.fullName',
        'contact.emails',
        'contact.phones',
        'affiliation.role',
      ],
    },
  },
  'screenings.csv': {
    rows: 2,
    issues: {},
    mapping: {
      entity: 'screenings',
      fields: [
        'title',
        'campaign',
        'type',
        'startsAt',
        'timeZone',
        'venue.name',
        'venue.city',
        'venue.country',
        'status',
        'accessibility.closedCaptions',
        'attendance',
      ],
    },
    check: ({ rows }) => {
      const start = importFieldsFor('screenings').find((f) => f.key === 'startsAt')!
      expect(parseValue(start, rows[0]!.fields[3]!)).toEqual({
        ok: true,
        value: '2024-04-28T18:00',
      })
      expect(parseValue(start, rows[1]!.fields[3]!)).toMatchObject({
        ok: false,
        code: 'impossibleDate',
      })
    },
  },
  'metric-entries.csv': {
    rows: 3,
    issues: {},
    mapping: {
      entity: 'metricEntries',
      fields: ['metric', 'campaign', 'value', 'date', 'scope', 'screening', 'source', 'estimated'],
    },
    check: ({ rows }) => {
      const value = importFieldsFor('metricEntries').find((f) => f.key === 'value')!
      expect(rows.map((r) => parseValue(value, r.fields[2]!))).toMatchObject([
        { ok: true, value: 412 },
        { ok: true, value: 1250 },
        { ok: false, code: 'invalidNumber', value: 'many' },
      ])
    },
  },
}

function verify(name: string, read: Read, expected: Expected) {
  const { report, rows } = read
  const sniffed = report.sniff
  if (expected.encoding) expect(sniffed?.encoding.encoding).toBe(expected.encoding)
  if (expected.encodingReason) expect(sniffed?.encoding.reason).toBe(expected.encodingReason)
  if (expected.delimiter) expect(sniffed?.delimiter.delimiter).toBe(expected.delimiter)
  if (expected.lineEnding) expect(sniffed?.lineEnding).toBe(expected.lineEnding)
  if (expected.headerRow !== undefined) expect(sniffed?.headerRow.index).toBe(expected.headerRow)
  if (expected.headers) expect(report.headers).toEqual(expected.headers)
  if (typeof expected.rows === 'number') expect(rows).toHaveLength(expected.rows)
  else if (expected.rows) expect(rows.map((r) => r.fields)).toEqual(expected.rows)
  if (expected.issues) expect(report.issueCounts).toEqual(expected.issues)
  expect(report.fatal).toBe(expected.fatal ?? false)
  if (expected.mapping)
    expect(matchColumns(report.headers, expected.mapping.entity).map((m) => m.field)).toEqual(
      expected.mapping.fields,
    )
  expected.check?.(read)
}

describe('the CSV corpus', () => {
  it('has every fixture file in the table, and at least 25 of them', () => {
    expect([...fixtures.keys()].sort()).toEqual(Object.keys(corpus).sort())
    expect(fixtures.size).toBeGreaterThanOrEqual(25)
  })

  for (const [name, expected] of Object.entries(corpus))
    it(name, () => {
      const bytes = fixtures.get(name)
      if (!bytes) throw new Error(`missing fixture ${name}`)
      const whole = readCsv(bytes)
      verify(name, whole, expected)
      // The same outcome when the file streams in 7-byte chunks after the same sniffing.
      const sniffed = whole.report.sniff
      const settings = sniffed && {
        encoding: sniffed.encoding.encoding,
        delimiter: sniffed.delimiter.delimiter,
        headerRow: sniffed.headerRow.index,
      }
      const streamed = readCsv(chunked(bytes, 7), { ...settings, sniffBytes: 16 })
      expect(streamed.rows).toEqual(whole.rows)
      expect(streamed.report.errors).toEqual(whole.report.errors)
    })

  it('a single 1 MB field, generated', () => {
    const big = 'é'.repeat(512 * 1024)
    const read = readCsv(chunked(utf8(`Name,Notes\r\nAna,"${big}"\r\nBen,short\r\n`), 65536))
    expect(read.rows.map((r) => r.fields[1]?.length)).toEqual([big.length, 5])
    expect(read.report.errors).toEqual([])
  })

  it('a file that turns out not to be UTF-8 after a long ASCII start, generated', () => {
    const ascii = 'Name,City\n' + 'Ana,Lyon\n'.repeat(10000)
    const bytes = new Uint8Array([
      ...utf8(ascii),
      ...[0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1, 0x0a],
    ])
    const read = readCsv(chunked(bytes, 65536))
    expect(read.rows.at(-1)?.fields).toEqual(['José', 'Bogotá'])
    expect(read.report.issueCounts).toEqual({ encodingSwitched: 1 })
  })
})
