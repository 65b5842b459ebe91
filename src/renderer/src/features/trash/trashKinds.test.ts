import 'fake-indexeddb/auto'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { campaignRepo } from '../campaigns/campaignRepo'
import { contactRepo } from '../contacts/contactRepo'
import { metricDefinitionRepo } from '../metrics/metricDefinitionRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { screeningRepo } from '../screenings/screeningRepo'
import { type TrashKindKey, trashKinds } from './trashKinds'

const kind = (key: TrashKindKey) => trashKinds.find((k) => k.key === key)!

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

describe('trashKinds', () => {
  it('offers partners, contacts, campaigns, screenings and metrics', () => {
    expect(trashKinds.map((k) => k.key)).toEqual([
      'partners',
      'contacts',
      'campaigns',
      'screenings',
      'metrics',
    ])
  })

  it('names each kind of record and says when it was deleted', async () => {
    const campaign = await campaignRepo.create({ title: 'UNION', logline: 'Staten Island' })
    const org = await organizationRepo.create({ name: 'ALU', city: 'Staten Island', country: 'US' })
    const named = await contactRepo.create({ firstName: 'Chris', lastName: 'Smalls' })
    const emailOnly = await contactRepo.create({
      emails: [{ address: 'organizer@example.org', primary: true }],
    })
    const screening = await screeningRepo.create({
      campaignId: campaign.id,
      title: 'Union hall screening',
      venue: { name: 'Local 804 Hall' },
    })
    const metric = await metricDefinitionRepo.create({ campaignId: campaign.id, name: 'Sign-ups' })
    await campaignRepo.softDelete(campaign.id)
    await organizationRepo.softDelete(org.id)
    await contactRepo.softDelete([named.id, emailOnly.id])
    await screeningRepo.softDelete(screening.id)
    await metricDefinitionRepo.softDelete(metric.id)

    const first = async (key: TrashKindKey) => await kind(key).list({ offset: 0, limit: 10 })
    expect((await first('campaigns')).items).toEqual([
      { id: campaign.id, name: 'UNION', detail: 'Staten Island', deletedAt: expect.any(String) },
    ])
    expect((await first('partners')).items[0]).toMatchObject({
      name: 'ALU',
      detail: 'Staten Island, US',
    })
    expect((await first('contacts')).items.map((item) => item.name).sort()).toEqual([
      'Chris Smalls',
      'organizer@example.org',
    ])
    expect((await first('screenings')).items[0]).toMatchObject({
      name: 'Union hall screening',
      detail: 'Local 804 Hall',
    })
    expect((await first('metrics')).items[0]).toMatchObject({ name: 'Sign-ups' })
    const deletedAt = (await first('campaigns')).items[0]!.deletedAt
    expect(Number.isNaN(Date.parse(deletedAt))).toBe(false)
  })

  it('pages through the trash, most recently deleted first', async () => {
    const campaigns = await campaignRepo.createMany(
      ['A', 'B', 'C'].map((title) => ({ title: `Campaign ${title}` })),
    )
    // One at a time, so each has its own deletion instant.
    for (const campaign of campaigns) {
      await campaignRepo.softDelete(campaign.id)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }

    const firstPage = await kind('campaigns').list({ offset: 0, limit: 2 })
    expect(firstPage.total).toBe(3)
    expect(firstPage.items.map((item) => item.name)).toEqual(['Campaign C', 'Campaign B'])
    const secondPage = await kind('campaigns').list({ offset: 2, limit: 2 })
    expect(secondPage.items.map((item) => item.name)).toEqual(['Campaign A'])
    expect(await kind('campaigns').count()).toBe(3)
  })

  it('restores, sends back to the trash, and purges for good', async () => {
    const [keep, purge] = await organizationRepo.createMany([{ name: 'ALU' }, { name: 'RWDSU' }])
    await organizationRepo.softDelete([keep!.id, purge!.id])
    const partners = kind('partners')

    expect(await partners.restore([keep!.id])).toBe(1)
    expect(await organizationRepo.count()).toBe(1)
    expect(await partners.count()).toBe(1)

    expect(await partners.trashAgain([keep!.id])).toBe(1)
    expect(await partners.count()).toBe(2)

    expect(await partners.purge([purge!.id])).toBe(1)
    expect(await organizationRepo.get(purge!.id)).toBeUndefined()
    expect((await partners.list({ offset: 0, limit: 10 })).items.map((item) => item.name)).toEqual([
      'ALU',
    ])
  })
})
