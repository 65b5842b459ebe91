import { expect, it } from 'vitest'
import { suggestedName, withExtension } from './saveFileName'

it('suggests a plain name with the kind extension', () => {
  expect(suggestedName('csv', 'Partners')).toBe('Partners.csv')
  expect(suggestedName('csv', 'partners.CSV')).toBe('partners.CSV')
  expect(suggestedName('pdf', 'UNION — impact report 2024')).toBe('UNION — impact report 2024.pdf')
  expect(suggestedName('pdf', 'a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j.pdf')
  expect(suggestedName('csv', '...')).toBe('export.csv')
  expect(suggestedName('csv', '.hidden')).toBe('hidden.csv')
})

it('adds the extension only to a name typed without one', () => {
  expect(withExtension('csv', '/home/ana/partners')).toBe('/home/ana/partners.csv')
  expect(withExtension('csv', '/home/ana/partners.txt')).toBe('/home/ana/partners.txt')
  expect(withExtension('pdf', '/home/ana/report.pdf')).toBe('/home/ana/report.pdf')
})
