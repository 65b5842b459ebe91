import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutraliseFormula, stripFormulaGuard } from './formulaGuard'
import { readCsv } from './readCsv'
import { seededRandom } from './seededRandom'
import { utf8 } from './testBytes'

const alphabet = [
  ...'abcXYZ 019',
  ...'=+-@\t\r\n',
  ...'＝＋－＠',
  ...'",;|\'',
  ...'éñçÎ',
  '😀',
  '👩🏽‍🔬',
  '\u00a0',
]

function randomCell(random: () => number): string {
  const length = Math.floor(random() * 12)
  let cell = ''
  for (let i = 0; i < length; i++) cell += alphabet[Math.floor(random() * alphabet.length)]
  return cell
}

describe('formula guard', () => {
  it('neutralises every formula start, full-width and multi-line ones included', () => {
    for (const cell of [
      '=SUM(A1)',
      '+1',
      '-2',
      '@x',
      '\tx',
      '\rx',
      '\nx',
      '＝1',
      '＋1',
      '－1',
      '＠x',
    ])
      expect(neutraliseFormula(cell)).toBe(`'${cell}`)
    expect(neutraliseFormula('=1\n=2')).toBe("'=1\n=2")
    for (const cell of ['', 'Ana', "'quoted", '1=1', ' =x'])
      expect(neutraliseFormula(cell)).toBe(cell)
  })

  it('strips exactly one apostrophe, and only before a formula start', () => {
    expect(stripFormulaGuard("'=SUM(A1)")).toBe('=SUM(A1)')
    expect(stripFormulaGuard("''=x")).toBe("'=x")
    expect(neutraliseFormula("'=x")).toBe("''=x")
    expect(stripFormulaGuard("'90s")).toBe("'90s")
    expect(stripFormulaGuard("'")).toBe("'")
    expect(stripFormulaGuard("'＠handle")).toBe('＠handle')
  })

  it('gets every generated cell back: neutralise then strip, and through a CSV file', () => {
    const random = seededRandom(20261122)
    const cells = Array.from({ length: 1200 }, () => randomCell(random))
    for (const cell of cells) expect(stripFormulaGuard(neutraliseFormula(cell))).toBe(cell)

    const rows = [] as string[][]
    for (let i = 0; i < cells.length; i += 4) rows.push(cells.slice(i, i + 4))
    for (const delimiter of [',', ';'] as const) {
      const text = Papa.unparse(
        rows.map((row) => row.map(neutraliseFormula)),
        { delimiter, newline: '\r\n' },
      )
      const header = ['a', 'b', 'c', 'd'].join(delimiter)
      const { rows: read, report } = readCsv(utf8(`\ufeff${header}\r\n${text}\r\n`))
      expect(report.sniff?.delimiter.delimiter).toBe(delimiter)
      const back = read.map((row) => row.fields.map(stripFormulaGuard))
      // Rows whose cells are all blank are skipped as blank lines by design.
      const nonBlank = rows.filter((row) => row.some((cell) => cell.trim() !== ''))
      expect(back).toEqual(nonBlank)
    }
  })
})
