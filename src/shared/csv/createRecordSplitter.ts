export type LineEndingCounts = { crlf: number; lf: number; cr: number }

export type RecordSplitter = {
  /**
   * Takes decoded text and answers the records it completes, joined by "\n" (without a final
   * one), or null when no record ended yet. Line endings outside quoted fields come out as
   * "\n"; inside quoted fields they are kept as written.
   */
  push(text: string): string | null
  /** The last record, or null when the text ended with a line ending. */
  end(): string | null
  /** Whether the text ended inside a quoted field. */
  readonly inQuotes: boolean
  readonly lineEndings: LineEndingCounts
}

const QUOTE = 34
const CR = 13
const LF = 10

/**
 * Cuts a stream of text into whole records, the way papaparse would read them, so that
 * papaparse only ever sees complete records with one kind of line ending. That makes chunk
 * boundaries harmless (a quoted field or a CRLF split in two), lets files with lone CRs or with
 * CRLF and LF mixed parse, and keeps the work linear even when one field spans megabytes.
 *
 * A quote opens a quoted field only at the start of a field. Inside one, a doubled quote is a
 * quote, and a quote followed by optional spaces and then the delimiter, a line ending or the end
 * closes it; any other quote is kept as text (papaparse's rule, reported as malformed quotes).
 */
export function createRecordSplitter(delimiter: string): RecordSplitter {
  const delim = delimiter.charCodeAt(0)
  let inQuotes = false
  let fieldStart = true
  // Raw text whose meaning depends on what comes next (a CR, or a quote at the chunk's end).
  let pending = ''
  // Normalized text after the last record boundary.
  let carry = ''
  const lineEndings: LineEndingCounts = { crlf: 0, lf: 0, cr: 0 }

  /** Normalizes `text`; answers the output and the index just past its last record end. */
  function scan(text: string, final: boolean): { out: string; lastEnd: number } {
    const parts: string[] = []
    let outLength = 0
    let lastEnd = -1
    let segment = 0
    const emit = (to: number) => {
      if (to > segment) {
        parts.push(text.slice(segment, to))
        outLength += to - segment
      }
    }
    const n = text.length
    let i = 0
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (inQuotes) {
        if (c !== QUOTE) {
          // Jump to the next quote: quoted fields can be long (a 1 MB note).
          const quote = text.indexOf('"', i)
          if (quote < 0) {
            i = n
            break
          }
          i = quote
        }
        if (i + 1 >= n && !final) break
        if (text.charCodeAt(i + 1) === QUOTE) {
          i++
          continue
        }
        let j = i + 1
        while (j < n) {
          const next = text.charCodeAt(j)
          if (next === delim || next === CR || next === LF || !/\s/.test(text[j] as string)) break
          j++
        }
        if (j >= n && !final) break
        const after = text.charCodeAt(j)
        if (j >= n || after === delim || after === CR || after === LF) {
          inQuotes = false
          fieldStart = false
          i = j - 1
        }
        continue
      }
      if (c === QUOTE && fieldStart) {
        inQuotes = true
        fieldStart = false
      } else if (c === delim) fieldStart = true
      else if (c === LF) {
        lineEndings.lf++
        fieldStart = true
        emit(i + 1)
        segment = i + 1
        lastEnd = outLength
      } else if (c === CR) {
        if (i + 1 >= n && !final) break
        const crlf = text.charCodeAt(i + 1) === LF
        if (crlf) lineEndings.crlf++
        else lineEndings.cr++
        emit(i)
        parts.push('\n')
        outLength++
        lastEnd = outLength
        segment = crlf ? i + 2 : i + 1
        if (crlf) i++
        fieldStart = true
      } else fieldStart = false
    }
    emit(i)
    pending = text.slice(i)
    return { out: parts.join(''), lastEnd }
  }

  function push(text: string): string | null {
    const { out, lastEnd } = scan(pending + text, false)
    if (lastEnd < 0) {
      carry += out
      return null
    }
    const records = carry + out.slice(0, lastEnd - 1)
    carry = out.slice(lastEnd)
    return records
  }

  function end(): string | null {
    const { out, lastEnd } = scan(pending, true)
    pending = ''
    const all = carry + out
    carry = ''
    if (lastEnd >= 0) {
      // A record ended within the pending text: the text may go on after it.
      const last = all.endsWith('\n') ? all.slice(0, -1) : all
      return last === '' ? null : last
    }
    return all === '' ? null : all
  }

  return {
    push,
    end,
    get inQuotes() {
      return inQuotes
    },
    lineEndings,
  }
}
