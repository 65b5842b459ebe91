import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { LEAVE_UNMAPPED } from '../../../shared/csv/valueMap'
import { ImpactDeskDb } from '../db/db'
import { draftFor } from '../features/imports/wizard/wizardDraft'
import type { ImportSource } from './importSource'
import { reviewImport } from './reviewImport'
import { runImport } from './runImport'

let db: ImpactDeskDb
beforeEach(async () => {
  db = new ImpactDeskDb(`choices-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  await db.delete()
})

const bytes = new TextEncoder().encode(
  [
    'Company name,Industry,Lifecycle Stage',
    'UFCW Local 1,Labor Union,lead',
    'Hot Docs,Non-Profit Organization Management,customer',
    'Teamsters 27,LABOR UNION,lead',
    'WGA East,Guild,lead',
  ].join('\n'),
)
const source: ImportSource = {
  name: 'companies.csv',
  size: bytes.length,
  read: async (offset, length) => bytes.slice(offset, offset + Math.min(length, 11)),
}

it('the review lists each choice column’s values with their guesses; the run reads the map', async () => {
  const { settings, headers } = draftFor(source, bytes)
  expect(settings.entity).toBe('organizations')
  const review = await reviewImport(db, source, settings)
  const type = review.choices.find((tally) => tally.field === 'type')
  expect(type?.values).toEqual([
    { key: 'laborunion', text: 'Labor Union', rows: 2, guess: { option: 'union', sure: true } },
    {
      key: 'nonprofitorganizationmanagement',
      text: 'Non-Profit Organization Management',
      rows: 1,
      guess: { option: 'nonprofit', sure: true },
    },
    { key: 'guild', text: 'Guild', rows: 1 },
  ])
  expect(review.choices.find((tally) => tally.field === 'stage')?.values[1]).toMatchObject({
    text: 'customer',
    guess: { option: 'activePartner', sure: false },
  })
  // A value no guess reaches is a problem until it is given a choice.
  expect(review.counts.invalid).toBe(1)

  const chosen = {
    ...settings,
    valueMap: { type: { guild: 'union', laborunion: 'laborFederation' } },
  }
  expect((await reviewImport(db, source, chosen)).counts.invalid).toBe(0)
  const unmapped = {
    ...chosen,
    valueMap: { type: { ...chosen.valueMap.type, laborunion: LEAVE_UNMAPPED } },
  }
  expect((await reviewImport(db, source, unmapped)).counts.invalid).toBe(2)

  await runImport(db, source, chosen, headers)
  const types = Object.fromEntries((await db.organizations.toArray()).map((o) => [o.name, o.type]))
  expect(types).toEqual({
    'UFCW Local 1': 'laborFederation',
    'Hot Docs': 'nonprofit',
    'Teamsters 27': 'laborFederation',
    'WGA East': 'union',
  })
  // The run keeps the map with its settings, so Repeat reads values the same way.
  const [run] = await db.importRuns.toArray()
  expect(run?.settings['valueMap']).toEqual(chosen.valueMap)
})
