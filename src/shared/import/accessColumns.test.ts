import { expect, it } from 'vitest'
import { defaultValueOptions } from '../csv'
import { ASL_FOR_QA } from './accessColumns'
import { createRowReader } from './createRowReader'
import { rowRecords } from './rowRecords'

const columns = ['title', 'campaign', 'captions', 'aslCoverage', 'accessibility.openCaptions']

function screening(fields: string[]) {
  const reader = createRowReader(columns, {
    entity: 'screenings',
    overrides: {},
    columns,
    defaults: {},
    valueOptions: defaultValueOptions,
    policy: 'update',
  })
  return rowRecords('screenings', reader.read({ row: 2, fields }))
}

it('one Captions column sets open or closed captions, one ASL column sets ASL and its scope', () => {
  const closed = screening(['A', 'UNION', 'CC', 'Q&A only', ''])
  expect(closed.issues).toEqual([])
  expect(closed.screening?.fields.accessibility).toMatchObject({
    closedCaptions: true,
    openCaptions: false,
    asl: true,
    aslScope: ASL_FOR_QA,
  })
  expect(closed.screening?.given).toEqual(
    expect.arrayContaining([
      'accessibility.closedCaptions',
      'accessibility.openCaptions',
      'accessibility.asl',
      'accessibility.aslScope',
    ]),
  )
  expect(closed.screening?.given).not.toContain('captions')

  const open = screening(['B', 'UNION', 'open captions', 'whole event', ''])
  expect(open.screening?.fields.accessibility).toMatchObject({
    closedCaptions: false,
    openCaptions: true,
    asl: true,
  })
  expect(open.screening?.fields.accessibility.aslScope).toBeUndefined()

  const none = screening(['C', 'UNION', 'none', 'no', ''])
  expect(none.screening?.fields.accessibility).toMatchObject({
    closedCaptions: false,
    openCaptions: false,
    asl: false,
  })
})

it('a flag’s own column keeps its value beside the single column', () => {
  const both = screening(['D', 'UNION', 'closed', '', 'yes'])
  expect(both.screening?.fields.accessibility).toMatchObject({
    closedCaptions: true,
    openCaptions: true,
  })
})
