import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { readCsv } from './readCsv'
import { seededRandom } from './seededRandom'
import { chunked, utf16, utf8 } from './testBytes'

const codes = (report: ReturnType<typeof readCsv>['report']) =>
  report.errors.map((issue) => [issue.code, issue.row, issue.column])

describe('createCsvReader', () => {
  it('hands out rows with their record numbers, the same for any chunking', () => {
    const bytes = utf8('\ufeffName,City\r\nJosé,"Bogotá,\r\nCO"\r\n\r\nAna,Lyon\r\n')
    const whole = readCsv(bytes)
    expect(whole.report.headers).toEqual(['Name', 'City'])
    expect(whole.rows).toEqual([
      { row: 2, fields: ['José', 'Bogotá,\r\nCO'] },
      { row: 4, fields: ['Ana', 'Lyon'] },
    ])
    expect(whole.report).toMatchObject({ rows: 2, blankRows: 1, errors: [], fatal: false })
    for (const size of [1, 3, 16])
      expect(readCsv(chunked(bytes, size), { sniffBytes: 8 }).rows).toEqual(whole.rows)
  })

  it('pads short rows, keeps long ones, and reports both with the counts', () => {
    const { rows, report } = readCsv(utf8('a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n'))
    expect(rows.map((r) => r.fields)).toEqual([
      ['1', '2', ''],
      ['1', '2', '3', '4'],
      ['1', '2', '3'],
    ])
    expect(report.errors).toEqual([
      { code: 'tooFewFields', severity: 'error', row: 2, params: { expected: 3, actual: 2 } },
      { code: 'tooManyFields', severity: 'error', row: 3, params: { expected: 3, actual: 4 } },
    ])
    expect(report.fatal).toBe(false)
  })

  it('makes duplicate and empty headers unique and says so', () => {
    const { report } = readCsv(utf8('Email,email,,Email\nx,y,z,w\n'))
    expect(report.headers).toEqual(['Email', 'email (2)', '#3', 'Email (3)'])
    expect(codes(report)).toEqual([
      ['duplicateHeader', 1, 1],
      ['emptyHeader', 1, 2],
      ['duplicateHeader', 1, 3],
    ])
  })

  it('refuses empty, header-only, binary and unclosed-quote files with a fatal issue', () => {
    expect(codes(readCsv(new Uint8Array(0)).report)).toEqual([['empty', undefined, undefined]])
    expect(codes(readCsv(utf8('\ufeff\n  \n')).report)).toEqual([['empty', undefined, undefined]])
    expect(codes(readCsv(utf8('Name,Email\n')).report)).toEqual([
      ['headerOnly', undefined, undefined],
    ])
    const zip = readCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))
    expect(zip.report.errors).toEqual([
      { code: 'notText', severity: 'fatal', params: { format: 'zip' } },
    ])
    const unclosed = readCsv(utf8('a,b\n1,2\n3,"4\n5,6\n'))
    expect(codes(unclosed.report)).toEqual([['unclosedQuote', 3, undefined]])
    expect(unclosed.report.fatal).toBe(true)
  })

  it('removes a NUL from a cell and says where', () => {
    const { rows, report } = readCsv(utf8('a,b\n1,x\u0000y\n'))
    expect(rows[0]?.fields).toEqual(['1', 'xy'])
    expect(codes(report)).toEqual([['nulRemoved', 2, 1]])
  })

  it('reports the cell where undecodable bytes were, in a file that is UTF-8 elsewhere', () => {
    const bytes = new Uint8Array([
      ...utf8('Name,City\nJosé,Bogotá\n'),
      ...utf8('Ana,Ly'),
      0xff,
      ...utf8('on\n'),
    ])
    const { rows, report } = readCsv(chunked(bytes, 5), { sniffBytes: 24 })
    expect(rows[1]?.fields).toEqual(['Ana', 'Ly\ufffdon'])
    expect(codes(report)).toEqual([
      ['undecodableBytes', 3, 1],
      ['undecodableBytes', undefined, undefined],
    ])
  })

  it('reads a 1 MB field in 64 KB chunks', () => {
    const big = 'x'.repeat(1024 * 1024)
    const { rows, report } = readCsv(chunked(utf8(`a,b\n1,"${big}"\n2,y\n`), 65536))
    expect(rows[0]?.fields[1]).toHaveLength(big.length)
    expect(rows[1]?.fields).toEqual(['2', 'y'])
    expect(report.errors).toEqual([])
  })

  it('caps the issues it keeps but counts them all', () => {
    const { report } = readCsv(utf8('a,b\n' + '1\n'.repeat(50)), { maxIssues: 10 })
    expect(report.errors).toHaveLength(10)
    expect(report.issueCounts.tooFewFields).toBe(50)
  })

  it('reads back random tables in any delimiter, line ending, encoding and chunking', () => {
    const random = seededRandom(42)
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
    const alphabet = [...'ab Zé😀,;|\t"\r\n\'=-0']
    const cell = () =>
      Array.from({ length: Math.floor(random() * 8) }, () => pick(alphabet)).join('')
    for (let run = 0; run < 300; run++) {
      const width = 2 + Math.floor(random() * 4)
      const headers = Array.from({ length: width }, (_, i) => `Column ${i + 1}`)
      const body = Array.from({ length: 1 + Math.floor(random() * 20) }, () =>
        Array.from({ length: width }, cell),
      ).filter((row) => row.some((value) => value.trim() !== ''))
      if (body.length === 0) continue
      const delimiter = pick([',', ';', '\t', '|'] as const)
      const newline = pick(['\r\n', '\n', '\r'])
      const text = Papa.unparse([headers, ...body], { delimiter, newline, quotes: random() < 0.2 })
      const bytes = pick([() => utf8(text), () => utf8('\ufeff' + text), () => utf16(text, 'le')])()
      const { rows, report } = readCsv(chunked(bytes, 1 + Math.floor(random() * 64)), {
        delimiter,
        sniffBytes: 1 + Math.floor(random() * 256),
      })
      expect(report.headers).toEqual(headers)
      expect(rows.map((row) => row.fields)).toEqual(body)
      expect(report.errors).toEqual([])
    }
  })
})
