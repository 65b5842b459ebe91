import { expect, it } from 'vitest'
import { createKeyPairer } from './createKeyPairer'

it('pairs ids that share a key with the few before them, whatever order they come in', () => {
  const pairer = createKeyPairer(2)
  expect(pairer.push('a@x.org', '1')).toEqual([])
  expect(pairer.push('b@x.org', '1')).toEqual([])
  expect(pairer.push('a@x.org', '2')).toEqual(['1'])
  expect(pairer.push('a@x.org', '3')).toEqual(['1', '2'])
  expect(pairer.push('b@x.org', '4')).toEqual(['1'])
  expect(pairer.push('a@x.org', '5')).toEqual(['2', '3'])
  expect(pairer.push('a@x.org', '5')).toEqual([])
})
