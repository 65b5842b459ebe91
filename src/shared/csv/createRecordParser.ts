import Papa from 'papaparse'
import { createRecordSplitter, type LineEndingCounts } from './createRecordSplitter'

export type ParsedRecords = {
  /** Each record's fields, in file order, blank lines included (as `['']`). */
  records: string[][]
  /** Indexes into `records` of records with a quote papaparse found malformed. */
  malformedQuotes: number[]
  /** Whether the last record ran to the end of the file inside a quoted field. */
  unclosedQuote: boolean
}

export type RecordParser = {
  push(text: string): ParsedRecords
  end(): ParsedRecords
  readonly lineEndings: LineEndingCounts
}

const none = (): ParsedRecords => ({ records: [], malformedQuotes: [], unclosedQuote: false })

/**
 * A field as a string of its own. papaparse's fields are slices of the text they were read from,
 * and a slice keeps all of that text alive: the email an import matches later rows by, or a
 * partner it keeps for the whole run, would keep a megabyte of the file each.
 */
const ownCopy = (field: string) => (field === '' ? field : (' ' + field).slice(1))

/**
 * Decoded text in, records out: the splitter hands papaparse whole records with "\n" line
 * endings, papaparse splits them into fields and unescapes quotes.
 */
export function createRecordParser(delimiter: string): RecordParser {
  const splitter = createRecordSplitter(delimiter)
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' })

  function parse(text: string | null, last: boolean): ParsedRecords {
    if (text === null) return none()
    // papaparse reads "" as no record at all; here it is one blank line.
    if (text === '') return { ...none(), records: [['']] }
    const result = parser.parse(text, 0, false) as { data: string[][]; errors: Papa.ParseError[] }
    const malformedQuotes = new Set<number>()
    let unclosedQuote = false
    for (const error of result.errors) {
      if (error.code === 'MissingQuotes' && last) unclosedQuote = true
      else if (error.row !== undefined) malformedQuotes.add(error.row)
    }
    const records = result.data.map((fields) => fields.map(ownCopy))
    return { records, malformedQuotes: [...malformedQuotes], unclosedQuote }
  }

  return {
    push: (text) => parse(splitter.push(text), false),
    end: () => {
      const parsed = parse(splitter.end(), true)
      return { ...parsed, unclosedQuote: parsed.unclosedQuote || splitter.inQuotes }
    },
    lineEndings: splitter.lineEndings,
  }
}
