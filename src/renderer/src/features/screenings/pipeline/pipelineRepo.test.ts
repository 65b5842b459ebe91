import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../db/db'
import { organizationRepo } from '../../partners/organizationRepo'
import { screeningRepo } from '../screeningRepo'
import { statusChange } from './pipelineOrder'
import { pipelineRepo } from './pipelineRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

describe('pipelineRepo.column', () => {
  it('reads one status, soonest first, with its host name and a count of the whole status', async () => {
    const host = await organizationRepo.create({ name: 'Amazon Labor Union' })
    const base = { campaignId: 'campaign-1' }
    const [, , , trashed] = await screeningRepo.createMany([
      { ...base, title: 'Later', status: 'confirmed', startsAt: '2024-06-01T18:00:00.000Z' },
      {
        ...base,
        title: 'Sooner',
        status: 'confirmed',
        startsAt: '2024-05-01T18:00:00.000Z',
        hostOrganizationId: host.id,
      },
      { ...base, title: 'Asked', status: 'requested' },
      { ...base, title: 'Trashed', status: 'confirmed' },
    ])
    await screeningRepo.softDelete(trashed!.id)

    const confirmed = await pipelineRepo.column('confirmed', 50)
    expect(confirmed.items.map((s) => s.title)).toEqual(['Sooner', 'Later'])
    expect(confirmed.items[0]!.hostName).toBe('Amazon Labor Union')
    expect(confirmed.items[1]!.hostName).toBe('')
    expect(confirmed.total).toBe(2)
    expect((await pipelineRepo.column('confirmed', 1)).items).toHaveLength(1)
    expect((await pipelineRepo.column('requested', 50)).total).toBe(1)
    expect((await pipelineRepo.column('held', 50)).total).toBe(0)
  })

  it('sees a status change with its history in both columns', async () => {
    const screening = await screeningRepo.create({
      campaignId: 'campaign-1',
      title: 'Union hall',
      status: 'confirmed',
    })
    await screeningRepo.update(
      screening.id,
      statusChange(screening, 'held', '2024-05-01T00:00:00.000Z'),
    )
    expect((await pipelineRepo.column('confirmed', 50)).total).toBe(0)
    const held = await pipelineRepo.column('held', 50)
    expect(held.items[0]?.statusHistory).toEqual([
      { status: 'held', at: '2024-05-01T00:00:00.000Z' },
    ])
  })
})
