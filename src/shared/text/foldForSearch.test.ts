import { expect, it } from 'vitest'
import { foldForSearch, matchesQuery } from './foldForSearch'

it('ignores case and accents', () => {
  expect(foldForSearch('Bogotá')).toBe('bogota')
  expect(foldForSearch('KREYÒL Ayisyen')).toBe('kreyol ayisyen')
  expect(matchesQuery('Métricas', 'metricas')).toBe(true)
  expect(matchesQuery('Tableau de bord', 'bord tab')).toBe(true)
  expect(matchesQuery('Contacts', 'partners')).toBe(false)
})
