import 'fake-indexeddb/auto'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { db } from '../../db/db'
import { ValidationError } from '../../db/repository'
import { activityRepo, timelineOf } from '../activities/activityRepo'
import { affiliationRepo } from '../contacts/affiliationRepo'
import { contactRepo } from '../contacts/contactRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { duplicateMergeRepo } from './duplicateMergeRepo'
import { mergedFields } from './mergeFields'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

const call = (subjectId: string) =>
  activityRepo.create({
    subjectType: 'contact',
    subjectId,
    kind: 'call',
    summary: 'Agreed to host',
    occurredAt: '2024-03-01T10:00:00.000Z',
  })

it('merges two contacts, moves their links, trashes the other, and undoes all of it', async () => {
  const keep = await contactRepo.create({
    firstName: 'Ana',
    lastName: 'Lopez',
    emails: [{ address: 'ana@union.org', primary: true }],
  })
  const drop = await contactRepo.create({
    firstName: 'Ana',
    lastName: 'López',
    emails: [{ address: 'ana@gmail.com' }],
    pronouns: 'she/her',
  })
  const affiliation = await affiliationRepo.create({ contactId: drop.id, organizationId: 'o1' })
  const activity = await call(drop.id)

  const patch = mergedFields('contacts', keep, drop, { lastName: 'b' })
  expect(await duplicateMergeRepo.linkedCounts('contacts', drop.id)).toEqual({
    affiliations: 1,
    activities: 1,
    other: 0,
  })
  const undo = await duplicateMergeRepo.merge('contacts', keep.id, drop.id, patch)

  const kept = await contactRepo.get(keep.id)
  expect(kept).toMatchObject({ lastName: 'López', pronouns: 'she/her', deletedAt: '' })
  expect(kept!.emailKeys).toEqual(['ana@union.org', 'ana@gmail.com'])
  expect((await contactRepo.get(drop.id))!.deletedAt).not.toBe('')
  expect((await affiliationRepo.get(affiliation.id))!.contactId).toBe(keep.id)
  const timeline = await timelineOf(keep.id)
  expect(timeline.map((entry) => entry.kind).sort()).toEqual(['call', 'edit'])
  expect(timeline.find((entry) => entry.kind === 'edit')!.changes.map((c) => c.field)).toEqual(
    expect.arrayContaining(['lastName', 'emails', 'pronouns']),
  )

  await duplicateMergeRepo.undo(undo)
  expect(await contactRepo.get(keep.id)).toMatchObject({
    lastName: 'Lopez',
    pronouns: undefined,
    emailKeys: ['ana@union.org'],
  })
  expect((await contactRepo.get(drop.id))!.deletedAt).toBe('')
  expect((await affiliationRepo.get(affiliation.id))!.contactId).toBe(drop.id)
  expect((await activityRepo.get(activity.id))!.subjectId).toBe(drop.id)
})

it('refuses to merge a record that is already in the trash, and changes nothing', async () => {
  const [keep, drop] = await contactRepo.createMany([
    { firstName: 'Ana', lastName: 'Lopez' },
    { firstName: 'Ana', lastName: 'Lopes' },
  ])
  await contactRepo.softDelete(drop!.id)
  await expect(
    duplicateMergeRepo.merge('contacts', keep!.id, drop!.id, { lastName: 'Lopes' }),
  ).rejects.toThrow(/out of the trash/)
  expect((await contactRepo.get(keep!.id))!.lastName).toBe('Lopez')
})

it('rolls everything back when the merged record is invalid', async () => {
  const [keep, drop] = await contactRepo.createMany([
    { firstName: 'Ana', lastName: 'Lopez' },
    { firstName: 'Ana', lastName: 'Lopes' },
  ])
  const affiliation = await affiliationRepo.create({ contactId: drop!.id, campaignId: 'k1' })
  await expect(
    duplicateMergeRepo.merge('contacts', keep!.id, drop!.id, { firstName: '', lastName: '' }),
  ).rejects.toBeInstanceOf(ValidationError)
  expect((await affiliationRepo.get(affiliation.id))!.contactId).toBe(drop!.id)
  expect((await contactRepo.get(drop!.id))!.deletedAt).toBe('')
})

it('merges organizations and renames them in the contacts of both', async () => {
  const [keep, drop] = await organizationRepo.createMany([
    { name: 'AFL CIO' },
    { name: 'AFL-CIO', website: 'https://aflcio.org' },
  ])
  const member = await contactRepo.create({ firstName: 'Liz', organizationNames: ['AFL CIO'] })
  const other = await contactRepo.create({ firstName: 'Sara', organizationNames: ['AFL-CIO'] })
  await affiliationRepo.create({ contactId: member.id, organizationId: keep!.id })
  await affiliationRepo.create({ contactId: other.id, organizationId: drop!.id })

  const patch = mergedFields('organizations', keep!, drop!, { name: 'b' })
  const undo = await duplicateMergeRepo.merge('organizations', keep!.id, drop!.id, patch)
  expect(await organizationRepo.get(keep!.id)).toMatchObject({
    name: 'AFL-CIO',
    aliases: ['AFL CIO'],
    domain: 'aflcio.org',
  })
  expect((await contactRepo.get(member.id))!.organizationNames).toEqual(['AFL-CIO'])
  expect((await contactRepo.get(other.id))!.organizationNames).toEqual(['AFL-CIO'])

  await duplicateMergeRepo.undo(undo)
  expect((await organizationRepo.get(keep!.id))!.name).toBe('AFL CIO')
  expect((await contactRepo.get(member.id))!.organizationNames).toEqual(['AFL CIO'])
  expect((await organizationRepo.get(drop!.id))!.deletedAt).toBe('')
})
