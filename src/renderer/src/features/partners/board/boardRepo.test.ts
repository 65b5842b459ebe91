import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../db/db'
import { organizationRepo } from '../organizationRepo'
import { boardRepo } from './boardRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

describe('boardRepo.column', () => {
  it('reads one stage in name order, up to the limit, and counts the whole stage', async () => {
    await organizationRepo.createMany([
      { name: 'Teamsters Local 804', stage: 'committed' },
      { name: 'ALU', stage: 'committed' },
      { name: 'Bessemer Film Society', stage: 'committed' },
      { name: 'RWDSU', stage: 'prospect' },
    ])

    const committed = await boardRepo.column('committed', 2)
    expect(committed.items.map((org) => org.name)).toEqual(['ALU', 'Bessemer Film Society'])
    expect(committed.total).toBe(3)

    const prospects = await boardRepo.column('prospect', 50)
    expect(prospects.items.map((org) => org.name)).toEqual(['RWDSU'])
    expect(prospects.total).toBe(1)
    expect((await boardRepo.column('declined', 50)).total).toBe(0)
  })

  it('leaves out organizations in the trash', async () => {
    const [alu] = await organizationRepo.createMany([
      { name: 'ALU', stage: 'contacted' },
      { name: 'SAG-AFTRA', stage: 'contacted' },
    ])
    await organizationRepo.softDelete(alu!.id)

    const column = await boardRepo.column('contacted', 50)
    expect(column.items.map((org) => org.name)).toEqual(['SAG-AFTRA'])
    expect(column.total).toBe(1)
  })

  it('sees a stage change made through the repository in both columns', async () => {
    const alu = await organizationRepo.create({ name: 'ALU', stage: 'prospect' })
    await organizationRepo.update(alu.id, { stage: 'activePartner' })

    expect((await boardRepo.column('prospect', 50)).total).toBe(0)
    expect((await boardRepo.column('activePartner', 50)).items[0]?.id).toBe(alu.id)
  })
})
