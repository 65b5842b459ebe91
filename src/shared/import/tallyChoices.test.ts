import { expect, it } from 'vitest'
import { defaultValueOptions } from '../csv'
import { createChoiceTally, MAX_CHOICE_VALUES } from './tallyChoices'

const settings = (columns: string[]) => ({
  entity: 'screenings' as const,
  overrides: {},
  columns,
  defaults: {},
  valueOptions: defaultValueOptions,
  policy: 'update' as const,
})

it('counts each distinct value of a choice column once, with its guess', () => {
  const tally = createChoiceTally(settings(['title', 'captions', 'aslCoverage', 'notes']))
  tally.add([
    { row: 2, fields: ['A', 'CC', 'Q&A only', 'x'] },
    { row: 3, fields: ['B', 'cc', 'yes', 'y'] },
    { row: 4, fields: ['C', ' open ', '', 'z'] },
    { row: 5, fields: ['D', 'Kinda', 'Q & A only', ''] },
  ])
  const [captions, asl] = tally.result()
  expect(captions).toEqual({
    field: 'captions',
    truncated: false,
    values: [
      { key: 'cc', text: 'CC', rows: 2, guess: { option: 'closed', sure: true } },
      { key: 'open', text: 'open', rows: 1, guess: { option: 'open', sure: true } },
      { key: 'kinda', text: 'Kinda', rows: 1 },
    ],
  })
  expect(asl?.values.map((value) => [value.text, value.rows, value.guess?.option])).toEqual([
    ['Q&A only', 2, 'qa'],
    ['yes', 1, 'wholeEvent'],
  ])
  // Text columns are no choices.
  expect(tally.result()).toHaveLength(2)
})

it('stops collecting a field past the limit of distinct values', () => {
  const tally = createChoiceTally(settings(['type']))
  const rows = Array.from({ length: MAX_CHOICE_VALUES + 5 }, (_, index) => ({
    row: index + 2,
    fields: [`Kind ${index}`],
  }))
  tally.add(rows)
  tally.add([{ row: 999, fields: ['Kind 0'] }])
  const [type] = tally.result()
  expect(type?.values).toHaveLength(MAX_CHOICE_VALUES)
  expect(type?.values[0]?.rows).toBe(2)
  expect(type?.truncated).toBe(true)
})
