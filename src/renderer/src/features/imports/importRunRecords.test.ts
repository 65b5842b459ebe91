import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { contactRepo } from '../contacts/contactRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { importRunRecords } from './importRunRecords'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(async () => {
  await db.delete()
})

describe('importRunRecords', () => {
  it('reads what a run created by its index, the first few and how many', async () => {
    const people = await contactRepo.createMany(
      ['Ana', 'Ben', 'Cleo'].map((firstName) => ({ firstName })),
    )
    const [org] = await organizationRepo.createMany([{ name: 'ALU' }, { name: 'AFL-CIO' }])
    await db.contacts.bulkUpdate(
      people.slice(0, 2).map((person) => ({ key: person.id, changes: { importRunId: 'run-1' } })),
    )
    await db.organizations.update(org!.id, { importRunId: 'run-1' })
    await db.importChanges.put({
      id: `run-1|${people[2]!.id}|1`,
      runId: 'run-1',
      table: 'contacts',
      recordId: people[2]!.id,
      before: { title: 'Old title' },
      fields: ['title'],
    })

    const contacts = await importRunRecords.contacts('run-1', 1)
    expect(contacts.total).toBe(2)
    expect(contacts.items).toHaveLength(1)
    expect((await importRunRecords.organizations('run-1', 200)).items.map((o) => o.name)).toEqual([
      'ALU',
    ])
    // Two contacts and an organization to delete, one change to put back.
    expect(await importRunRecords.undoSteps('run-1')).toBe(4)
    expect(await importRunRecords.undoSteps('run-2')).toBe(0)
  })
})
