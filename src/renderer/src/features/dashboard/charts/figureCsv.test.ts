import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { figureCsv } from './figureCsv'

describe('a chart exported as CSV', () => {
  it('writes the table with its labels, plain numbers and inert formulas', () => {
    const csv = figureCsv({
      columns: [
        { key: 'partner', label: 'Partner', kind: 'text' },
        { key: 'held', label: 'Screenings held', kind: 'number' },
        { key: 'share', label: 'Share, "held"', kind: 'percent' },
      ],
      rows: [
        { partner: 'Hot Docs, Toronto', held: 1200, share: 0.5 },
        { partner: '=HYPERLINK("x")', held: -3, share: null },
        { partner: '＋cmd', held: 0, share: 1 },
      ],
    })
    expect(csv.split('\r\n')[0]).toBe('Partner,Screenings held,"Share, ""held"""')
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['Partner', 'Screenings held', 'Share, "held"'],
      ['Hot Docs, Toronto', '1200', '0.5'],
      [`'=HYPERLINK("x")`, '-3', ''],
      ["'＋cmd", '0', '1'],
    ])
  })
})
