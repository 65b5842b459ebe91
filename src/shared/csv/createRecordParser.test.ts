import { describe, expect, it } from 'vitest'
import { createRecordParser } from './createRecordParser'

function parseIn(pieces: string[], delimiter = ',') {
  const parser = createRecordParser(delimiter)
  const records: string[][] = []
  for (const piece of pieces) records.push(...parser.push(piece).records)
  const last = parser.end()
  records.push(...last.records)
  return { records, last, lineEndings: parser.lineEndings }
}

const everyCut = (text: string) =>
  Array.from({ length: text.length + 1 }, (_, at) => [text.slice(0, at), text.slice(at)])

describe('createRecordParser', () => {
  it('reads the same records wherever the text is cut', () => {
    const text = 'a,"b\r\nc",d\r\n\r\n"e ""q""",f\r\ng,h\r\n'
    const expected = [['a', 'b\r\nc', 'd'], [''], ['e "q"', 'f'], ['g', 'h']]
    for (const pieces of everyCut(text))
      expect(parseIn(pieces).records, pieces[0]).toEqual(expected)
    expect(parseIn(text.split('')).records).toEqual(expected)
  })

  it('reads lone CRs and mixed line endings, counting each kind outside quotes', () => {
    expect(parseIn(['a,b\rc,d\re,f']).records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ])
    const mixed = parseIn(['a,"x\ry"\r\nb,c\nd,e\rf,g'])
    expect(mixed.records).toEqual([
      ['a', 'x\ry'],
      ['b', 'c'],
      ['d', 'e'],
      ['f', 'g'],
    ])
    expect(mixed.lineEndings).toEqual({ crlf: 1, lf: 1, cr: 1 })
  })

  it('keeps blank lines as records and has no record after a final line ending', () => {
    expect(parseIn(['a\n\nb\n']).records).toEqual([['a'], [''], ['b']])
    expect(parseIn(['']).records).toEqual([])
  })

  it('keeps a quote inside an unquoted field, and tolerates spaces after a closing quote', () => {
    expect(parseIn(['5" screen,"x" ,y\n']).records).toEqual([['5" screen', 'x', 'y']])
  })

  it('reports an unclosed quote at the end of the file', () => {
    const { records, last } = parseIn(['a,b\n"c,d\ne,f\n'])
    expect(last.unclosedQuote).toBe(true)
    expect(records[0]).toEqual(['a', 'b'])
  })

  it('reports a malformed quote in a quoted field', () => {
    const parser = createRecordParser(',')
    const parsed = parser.push('a,b\n"c"d",e\nf,g\n')
    expect(parsed.malformedQuotes).toEqual([1])
    expect(parsed.records[1]).toEqual(['c"d', 'e'])
  })

  it('splits by the delimiter it is given', () => {
    expect(parseIn(['a;"b;c"\n'], ';').records).toEqual([['a', 'b;c']])
    expect(parseIn(['a\t"b\tc"\t\n'], '\t').records).toEqual([['a', 'b\tc', '']])
    expect(parseIn(['a|b\n'], '|').records).toEqual([['a', 'b']])
  })
})
