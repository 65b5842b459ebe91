import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { activitySchema } from '../../../../shared/domain/activity'
import { affiliationSchema } from '../../../../shared/domain/affiliation'
import { campaignSchema } from '../../../../shared/domain/campaign'
import { campaignLinkSchema } from '../../../../shared/domain/campaignLink'
import { contactSchema } from '../../../../shared/domain/contact'
import { metricDefinitionSchema } from '../../../../shared/domain/metricDefinition'
import { metricEntrySchema } from '../../../../shared/domain/metricEntry'
import { organizationSchema } from '../../../../shared/domain/organization'
import { screeningSchema } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { campaignRepo } from '../campaigns/campaignRepo'
import { contactRepo } from '../contacts/contactRepo'
import { metricDefinitionRepo } from '../metrics/metricDefinitionRepo'
import { metricEntryRepo } from '../metrics/metricEntryRepo'
import { entriesOf, entriesOfScreening, metricsOf } from '../metrics/metricQueries'
import { organizationRepo } from '../partners/organizationRepo'
import { screeningRepo } from '../screenings/screeningRepo'
import { isSampleLoaded, loadSample, removeSample } from './sample'
import { SAMPLE_CAMPAIGN_ID, sampleId } from './sampleIds'

const schemas = {
  campaigns: campaignSchema,
  organizations: organizationSchema,
  contacts: contactSchema,
  affiliations: affiliationSchema,
  screenings: screeningSchema,
  campaignLinks: campaignLinkSchema,
  activities: activitySchema,
  metricDefinitions: metricDefinitionSchema,
  metricEntries: metricEntrySchema,
} as const

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('the sample workspace', () => {
  it('loads UNION, its partners, people and season in one step', async () => {
    expect(await isSampleLoaded()).toBe(false)
    expect(await loadSample()).toBe(true)
    expect(await isSampleLoaded()).toBe(true)
    expect(await campaignRepo.count()).toBe(2)
    expect(await organizationRepo.count()).toBe(11)
    expect(await contactRepo.count()).toBeGreaterThanOrEqual(12)
    const screenings = await screeningRepo.count()
    expect(screenings).toBeGreaterThanOrEqual(10)
    expect(screenings).toBeLessThanOrEqual(14)
    expect(await db.campaignLinks.count()).toBe(3)

    const union = await campaignRepo.get(SAMPLE_CAMPAIGN_ID)
    expect(union).toMatchObject({
      title: 'UNION',
      status: 'active',
      primaryDynamic: 'buildingCommunities',
    })
    expect(union!.issueTags).toEqual([
      'labor rights',
      'union organizing',
      "workers' rights",
      'corporate power',
      'solidarity',
    ])
    expect(union!.film).toMatchObject({ closedCaptions: true, audioDescription: true, asl: true })

    const hotDocs = await screeningRepo.get(sampleId('screening-hotdocs'))
    expect(hotDocs).toMatchObject({
      timeZone: 'America/Toronto',
      startsAt: '2024-04-28T22:00:00.000Z',
      venue: { city: 'Toronto', country: 'Canada' },
      accessibility: {
        closedCaptions: true,
        audioDescription: true,
        asl: true,
        aslScope: 'Intro and Q&A',
      },
    })
    expect(hotDocs!.accessFeatures).toEqual(
      expect.arrayContaining(['closedCaptions', 'audioDescription', 'asl']),
    )

    const alu = await organizationRepo.get(sampleId('org-alu'))
    expect(alu).toMatchObject({ type: 'union', strength: 1, city: 'Staten Island' })
    expect(alu!.languages).toEqual(expect.arrayContaining(['es', 'ht', 'ar', 'fr']))
    expect(alu!.campaignIds).toContain(SAMPLE_CAMPAIGN_ID)
    const aflcio = await organizationRepo.get(sampleId('org-aflcio'))
    expect(aflcio!.type).toBe('laborFederation')

    const all = await Promise.all(db.tables.map((table) => table.toArray()))
    expect(all.flat().every((record) => String(record.id).startsWith('sample-'))).toBe(true)
    for (const [name, schema] of Object.entries(schemas)) {
      for (const record of await db.table(name).toArray()) {
        expect(schema.safeParse(record).success, `${name} ${record.id}`).toBe(true)
      }
    }
  })

  it('keeps its facts realistic: statuses, consent, affiliations, one sensitive person', async () => {
    await loadSample()
    const screenings = await db.screenings.toArray()
    const statuses = new Set(screenings.map((s) => s.status))
    expect([...statuses].sort()).toEqual(
      ['approved', 'cancelled', 'confirmed', 'held', 'reported', 'requested'].sort(),
    )
    for (const s of screenings.filter((s) => s.status === 'reported'))
      expect(s.hostReport).toBeDefined()
    for (const s of screenings) expect(s.statusHistory.at(-1)?.status).toBe(s.status)

    const contacts = await db.contacts.toArray()
    expect(contacts.filter((c) => c.sensitive)).toHaveLength(1)
    for (const c of contacts) {
      for (const e of c.emails) expect(e.address).toMatch(/@example\.(org|net)$/)
      for (const p of c.phones) expect(p.number).toMatch(/555/)
    }
    // The names contacts carry match their affiliations, as the app keeps them.
    for (const c of contacts) {
      const affs = await db.affiliations.where('contactId').equals(c.id).toArray()
      const orgs = await db.organizations.bulkGet(affs.flatMap((a) => a.organizationId ?? []))
      expect(c.organizationNames).toEqual(orgs.map((o) => o!.name))
    }
  })

  it('counts a season of what UNION asks for, with targets', async () => {
    await loadSample()
    const metrics = await metricsOf(SAMPLE_CAMPAIGN_ID)
    expect(metrics.map((m) => m.name)).toEqual([
      'Calls to senators (PRO Act)',
      'Partner sign-ups',
      'Press coverage',
      'Screening attendance',
      'Text-ins (WORK to 235246)',
    ])
    for (const m of metrics) expect(m.target, m.name).toBeGreaterThan(0)
    const total = async (key: string) =>
      (await entriesOf(sampleId(`metric-${key}`), 1000)).items.reduce((sum, e) => sum + e.value, 0)
    // Every figure is short of its target, so the dashboard shows progress still to make.
    for (const m of metrics) {
      const sum = await total(m.id.replace('sample-metric-', ''))
      expect(sum, m.name).toBeGreaterThan(0)
      expect(sum, m.name).toBeLessThan(m.target!)
    }

    // Attendance entries are the screenings' own figures, estimated where the host estimated.
    for (const s of (await db.screenings.toArray()).filter((s) => s.attendance !== undefined)) {
      const values = (await entriesOfScreening(s.id)).filter(
        (e) => e.metricId === sampleId('metric-attendance'),
      )
      expect(
        values.map((e) => [e.value, e.estimated]),
        s.title,
      ).toEqual([[s.attendance, s.attendanceEstimated]])
    }
    const calls = await entriesOf(sampleId('metric-calls'), 1000)
    expect(new Set(calls.items.map((e) => e.scope))).toEqual(new Set(['campaign', 'screening']))
    const partners = await entriesOf(sampleId('metric-partners'), 1000)
    expect(partners.items.every((e) => e.scope === 'organization')).toBe(true)
    const textIns = await entriesOf(sampleId('metric-text-ins'), 1000)
    expect(textIns.items.every((e) => e.periodEnd! > e.date)).toBe(true)
  })

  it('loads once, and a second load changes nothing', async () => {
    await loadSample()
    expect(await loadSample()).toBe(false)
    expect(await campaignRepo.count()).toBe(2)
  })

  it('removes exactly the sample, and keeps what the user made', async () => {
    await loadSample()
    const mine = await campaignRepo.create({ title: 'My own campaign' })
    const myOrg = await organizationRepo.create({ name: 'My partner' })
    await screeningRepo.update(sampleId('screening-hotdocs'), { rsvps: 200 })
    await organizationRepo.softDelete(sampleId('org-empact'))
    // Values the user recorded on sample records, and a metric of their own for UNION.
    const myMetric = await metricDefinitionRepo.create({ campaignId: mine.id, name: 'Mine' })
    const kept = await metricEntryRepo.create({
      metricId: myMetric.id,
      value: 5,
      date: '2024-05-01',
    })
    await metricEntryRepo.create({
      metricId: myMetric.id,
      value: 3,
      date: '2024-05-02',
      scope: 'screening',
      screeningId: sampleId('screening-hotdocs'),
    })
    const forUnion = await metricDefinitionRepo.create({
      campaignId: SAMPLE_CAMPAIGN_ID,
      name: 'Walkouts',
    })
    await metricEntryRepo.create({ metricId: forUnion.id, value: 1, date: '2024-05-01' })
    await metricEntryRepo.create({
      metricId: sampleId('metric-calls'),
      value: 9,
      date: '2024-05-01',
    })

    expect(await removeSample()).toBeGreaterThan(40)
    expect(await isSampleLoaded()).toBe(false)
    expect((await db.campaigns.toArray()).map((c) => c.id)).toEqual([mine.id])
    expect((await db.organizations.toArray()).map((o) => o.id)).toEqual([myOrg.id])
    expect((await db.metricDefinitions.toArray()).map((m) => m.id)).toEqual([myMetric.id])
    expect((await db.metricEntries.toArray()).map((e) => e.id)).toEqual([kept.id])
    for (const name of ['contacts', 'affiliations', 'screenings', 'campaignLinks', 'activities']) {
      expect(await db.table(name).count(), name).toBe(0)
    }
  })
})
