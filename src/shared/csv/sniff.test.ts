import { describe, expect, it } from 'vitest'
import { sniff } from './sniff'
import { utf16, utf8, windows1252 } from './testBytes'

const linkedIn = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ana,López,https://www.linkedin.com/in/ana,ana@ufcw.org,UFCW Local 1,Organizer,03 Apr 2024',
  'Ben,Okafor,https://www.linkedin.com/in/ben,,Hot Docs,Programmer,12 Jan 2023',
].join('\n')

describe('sniff', () => {
  it('picks the delimiter whose field counts agree, quotes respected', () => {
    expect(sniff(utf8('Name;Amount\nA;1,5\nB;2,75\n')).delimiter).toMatchObject({
      delimiter: ';',
      reason: 'consistentFields',
      fieldCount: 2,
    })
    expect(sniff(utf8('a\tb\tc\n1\t"x, y"\t3\n')).delimiter.delimiter).toBe('\t')
    expect(sniff(utf8('a|b\n1|2\n')).delimiter.delimiter).toBe('|')
    expect(sniff(utf8('Name,Note\n"Ana","a; b; c"\n"Ben","d; e"\n')).delimiter.delimiter).toBe(',')
    expect(sniff(utf8('Email\na@x.org\nb@y.org\n')).delimiter).toMatchObject({
      delimiter: ',',
      reason: 'singleColumn',
    })
  })

  it('skips a LinkedIn preamble to the header row', () => {
    const sniffed = sniff(utf8(linkedIn))
    expect(sniffed.headerRow).toEqual({ index: 3, reason: 'labels' })
    expect(sniffed.preview[3]?.[0]).toBe('First Name')
  })

  it('takes the first row as header in a plain file, and the user can say otherwise', () => {
    expect(sniff(utf8('Name,Email\nAna,ana@x.org\n')).headerRow).toEqual({
      index: 0,
      reason: 'labels',
    })
    expect(sniff(utf8('x\nName,Email\nAna,ana@x.org\n'), true, { headerRow: 0 }).headerRow).toEqual(
      {
        index: 0,
        reason: 'override',
      },
    )
  })

  it('names the line endings', () => {
    expect(sniff(utf8('a,b\r\n1,2\r\n')).lineEnding).toBe('crlf')
    expect(sniff(utf8('a,b\n1,2\n')).lineEnding).toBe('lf')
    expect(sniff(utf8('a,b\r1,2\r')).lineEnding).toBe('cr')
    expect(sniff(utf8('a,b\r\n1,2\n3,4\r\n')).lineEnding).toBe('mixed')
    expect(sniff(utf8('a,b')).lineEnding).toBe('none')
  })

  it('decodes the preview in the detected or chosen encoding', () => {
    expect(sniff(utf16('Nom,Ville\nJosé,Bogotá\n', 'le')).preview).toEqual([
      ['Nom', 'Ville'],
      ['José', 'Bogotá'],
    ])
    expect(sniff(windows1252('Nom,Ville\nJosé,Bogotá\n')).preview[1]).toEqual(['José', 'Bogotá'])
    expect(sniff(utf8('Nom\nJosé\n'), true, { encoding: 'windows-1252' }).preview[1]).toEqual([
      'JosÃ©',
    ])
  })

  it('drops the last record of a sample that is not the whole file', () => {
    const bytes = utf8('a,b\n' + '1,2\n'.repeat(20000) + '3,4')
    const sniffed = sniff(bytes, false)
    expect(sniffed.delimiter.delimiter).toBe(',')
    expect(sniffed.preview.every((fields) => fields.length === 2)).toBe(true)
  })

  it('says when a file is not text', () => {
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).notText).toBe('zip')
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)
    expect(sniff(noise).notText).toBe('binary')
    expect(sniff(utf8('a,b\n1,\u00002\n')).notText).toBeUndefined()
  })
})
