import { expect, it } from 'vitest'
import { compareNames } from './compareNames'
import { nameKey } from './nameKey'

it('folds case, accents and punctuation into one key', () => {
  expect(nameKey('  José ', 'GARCÍA')).toBe('jose garcia')
  expect(nameKey('AFL-CIO')).toBe(nameKey('afl cio'))
  expect(nameKey('Unite Here!')).toBe('unite here')
  expect(nameKey(undefined, '')).toBe('')
})

it('tells the same name, a typo away, and a different name apart', () => {
  expect(compareNames(nameKey('Ana', 'López'), nameKey('ana', 'lopez'))).toBe('same')
  expect(compareNames(nameKey('Jon', 'Smith'), nameKey('John', 'Smith'))).toBe('similar')
  expect(compareNames(nameKey('Ana', 'Lopez'), nameKey('Ana', 'Lopes'))).toBe('similar')
  expect(compareNames(nameKey('Maria', 'Garcia Lopez'), nameKey('Mario', 'Garcia Lopes'))).toBe(
    'similar',
  )
  expect(compareNames(nameKey('Ana', 'Lopez'), nameKey('Ana', 'Perez'))).toBeUndefined()
})

it('does not call short names or numbered locals near-identical', () => {
  expect(compareNames('ann lee', 'ana lee')).toBeUndefined()
  expect(compareNames('uaw', 'uaw')).toBe('same')
  expect(compareNames('seiu local 32', 'seiu local 33')).toBeUndefined()
  expect(compareNames('', '')).toBeUndefined()
})
