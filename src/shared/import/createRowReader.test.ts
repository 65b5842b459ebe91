import { expect, it } from 'vitest'
import { defaultValueOptions, type ImportEntity } from '../csv'
import { LEAVE_UNMAPPED, type ValueMap } from '../csv/valueMap'
import { createRowReader } from './createRowReader'

const reader = (entity: ImportEntity, columns: string[], valueMap?: ValueMap) =>
  createRowReader(columns, {
    entity,
    overrides: {},
    columns,
    defaults: {},
    valueOptions: defaultValueOptions,
    policy: 'update',
    ...(valueMap ? { valueMap } : {}),
  })

it('reads choice cells by their guesses when the value map says nothing of them', () => {
  const read = reader('organizations', ['name', 'type', 'stage']).read
  expect(read({ row: 2, fields: ['UFCW', 'Labor Union', 'lead'] })).toMatchObject({
    values: { name: 'UFCW', type: 'union', stage: 'prospect' },
    issues: [],
  })
})

it('applies the value map before the guesses, and a value left unmapped is a cell problem', () => {
  const map: ValueMap = {
    type: { laborunion: 'laborFederation', guild: 'union', media: LEAVE_UNMAPPED },
  }
  const read = reader('organizations', ['name', 'type'], map).read
  expect(read({ row: 2, fields: ['AFL', 'Labor union'] }).values['type']).toBe('laborFederation')
  expect(read({ row: 3, fields: ['WGA', 'Guild'] }).values['type']).toBe('union')
  expect(read({ row: 4, fields: ['Hot Docs', 'Festival'] }).values['type']).toBe('festival')
  expect(read({ row: 5, fields: ['Radio X', 'Media'] }).issues).toEqual([
    {
      code: 'unknownOption',
      severity: 'error',
      row: 5,
      column: 1,
      params: { value: 'Media', expected: expect.stringContaining('Union; Labor federation') },
    },
  ])
})

it('maps yes/no values as "true" and "false"', () => {
  const map: ValueMap = { sensitive: { confidential: 'true', public: 'false' } }
  const read = reader('contacts', ['firstName', 'sensitive', 'consent.given'], map).read
  expect(read({ row: 2, fields: ['Ana', 'Confidential', 'Oui'] }).values).toMatchObject({
    sensitive: true,
    'consent.given': true,
  })
  expect(read({ row: 3, fields: ['Ben', 'public', 'نعم'] }).values).toMatchObject({
    sensitive: false,
    'consent.given': true,
  })
  expect(read({ row: 4, fields: ['Cy', 'perhaps', 'Wi'] }).issues[0]).toMatchObject({
    code: 'invalidBoolean',
    column: 1,
  })
})
