import { describe, expect, it } from 'vitest'
import { sniffEncoding } from './sniffEncoding'
import { utf16, utf8, windows1252 } from './testBytes'

describe('sniffEncoding', () => {
  it('reads a BOM first', () => {
    expect(sniffEncoding(utf8('\ufeffName'))).toEqual({
      encoding: 'utf-8',
      reason: 'bom',
      bomLength: 3,
    })
    expect(sniffEncoding(utf16('Name', 'le'))).toEqual({
      encoding: 'utf-16le',
      reason: 'bom',
      bomLength: 2,
    })
    expect(sniffEncoding(utf16('Name', 'be'))).toEqual({
      encoding: 'utf-16be',
      reason: 'bom',
      bomLength: 2,
    })
  })

  it('finds UTF-16 without a BOM by where its NULs are', () => {
    expect(sniffEncoding(utf16('Name,Email\nAna,a@x.org', 'le', false)).encoding).toBe('utf-16le')
    expect(sniffEncoding(utf16('Name,Email\nAna,a@x.org', 'be', false)).encoding).toBe('utf-16be')
    expect(sniffEncoding(utf16('Name', 'be', false)).reason).toBe('nulPattern')
  })

  it('tells UTF-8 from plain ASCII and falls back to Windows-1252 on invalid bytes', () => {
    expect(sniffEncoding(utf8('Name\nJosé'))).toEqual({
      encoding: 'utf-8',
      reason: 'validUtf8',
      bomLength: 0,
    })
    expect(sniffEncoding(utf8('Name\nJose')).reason).toBe('asciiOnly')
    expect(sniffEncoding(windows1252('Name\nJosé – “Pepe”'))).toEqual({
      encoding: 'windows-1252',
      reason: 'invalidUtf8',
      bomLength: 0,
    })
  })

  it('does not blame a character cut by the end of the sample', () => {
    const bytes = utf8('Name\nJosé')
    expect(sniffEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8')
  })

  it('lets the user override, still skipping a matching BOM', () => {
    expect(sniffEncoding(utf8('Name'), 'windows-1252')).toEqual({
      encoding: 'windows-1252',
      reason: 'override',
      bomLength: 0,
    })
    expect(sniffEncoding(utf8('\ufeffName'), 'utf-8').bomLength).toBe(3)
    expect(sniffEncoding(new Uint8Array(0)).reason).toBe('empty')
  })
})
