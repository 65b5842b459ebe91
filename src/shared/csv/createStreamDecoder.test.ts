import { describe, expect, it } from 'vitest'
import { createStreamDecoder } from './createStreamDecoder'
import { sniffEncoding } from './sniffEncoding'
import { chunked, utf16, utf8, windows1252 } from './testBytes'

function decodeAll(bytes: Uint8Array, size: number, sniffed = 64) {
  const decoder = createStreamDecoder(sniffEncoding(bytes.subarray(0, sniffed)))
  let text = ''
  for (const chunk of chunked(bytes, size)) text += decoder.push(chunk)
  return { text: text + decoder.end(), decoder }
}

const sample = 'Nom;Ville\nJosé;Bogotá\n“Ana” 😀;Île-de-France €\n'

describe('createStreamDecoder', () => {
  it('decodes every encoding whatever the chunk size, characters split across chunks', () => {
    for (const size of [1, 2, 3, 5, 1024]) {
      expect(decodeAll(utf8(sample), size).text, `utf-8 /${size}`).toBe(sample)
      expect(decodeAll(utf8('\ufeff' + sample), size).text, `bom /${size}`).toBe(sample)
      expect(decodeAll(utf16(sample, 'le'), size).text, `le /${size}`).toBe(sample)
      expect(decodeAll(utf16(sample, 'be'), size).text, `be /${size}`).toBe(sample)
      expect(decodeAll(utf16(sample, 'le', false), size).text, `le no bom /${size}`).toBe(sample)
    }
    const latin = 'Nom;Ville\nJosé;Bogotá\n“Ana”;Île-de-France €\n'
    expect(decodeAll(windows1252(latin), 3).text).toBe(latin)
  })

  it('keeps a U+FEFF that is not at the start', () => {
    expect(decodeAll(utf8('\ufeffa\ufeffb'), 1).text).toBe('a\ufeffb')
  })

  it('switches to Windows-1252 when a file that began as ASCII turns out not to be UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Name\nAna\n'.repeat(10)), ...windows1252('José\n')])
    const { text, decoder } = decodeAll(bytes, 7, 20)
    expect(text.endsWith('José\n')).toBe(true)
    expect(decoder.encoding).toBe('windows-1252')
    expect(decoder.issues).toEqual([
      expect.objectContaining({
        code: 'encodingSwitched',
        params: expect.objectContaining({ encoding: 'windows-1252' }),
      }),
    ])
  })

  it('reports invalid bytes in real UTF-8 text instead of dropping them', () => {
    const bytes = new Uint8Array([...utf8('José\n'), 0xff, ...utf8('Ana\n')])
    const { text, decoder } = decodeAll(bytes, 4, 6)
    expect(text).toContain('\ufffd')
    expect(text).toContain('Ana')
    expect(decoder.issues[0]).toMatchObject({ code: 'undecodableBytes' })
  })

  it('reports a character cut by the end of the file', () => {
    const bytes = utf8('José')
    const decoder = createStreamDecoder({ encoding: 'utf-8', reason: 'validUtf8', bomLength: 0 })
    const text = decoder.push(bytes.subarray(0, bytes.length - 1)) + decoder.end()
    expect(text).toBe('Jos\ufffd')
    expect(decoder.issues[0]).toMatchObject({ code: 'undecodableBytes', params: { byteOffset: 3 } })
  })
})
