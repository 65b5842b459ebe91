import Dexie, { type Table } from 'dexie'
import type { ContactInput } from '../../../../shared/domain/contact'
import type { OrganizationInput } from '../../../../shared/domain/organization'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'
import { activityRepo } from '../activities/activityRepo'
import { affiliationRepo } from '../contacts/affiliationRepo'
import { contactRepo } from '../contacts/contactRepo'
import { metricEntryRepo } from '../metrics/metricEntryRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { screeningRepo } from '../screenings/screeningRepo'
import type { DuplicateEntity } from './duplicateCandidate'

type Values = Record<string, unknown>
type Live = Values & { id: string; deletedAt: string }

/** What a merge changed, so that Undo can put every piece back. */
export type MergeUndo = {
  entity: DuplicateEntity
  keepId: string
  dropId: string
  /** The kept record's merged fields as they were before. */
  keptBefore: Values
  affiliationIds: string[]
  activityIds: string[]
  screeningIds: string[]
  metricEntryIds: string[]
  /** Contacts whose organization names followed a merged organization, with their old names. */
  contactNames: { id: string; organizationNames: string[] }[]
}

/** Contacts and organizations seen through the same few operations. */
const repos = {
  contacts: {
    get: (id: string) => contactRepo.get(id) as Promise<Live | undefined>,
    update: (id: string, patch: Values) => contactRepo.update(id, patch as Partial<ContactInput>),
    softDelete: (id: string) => contactRepo.softDelete(id),
    restore: (id: string) => contactRepo.restore(id),
  },
  organizations: {
    get: (id: string) => organizationRepo.get(id) as Promise<Live | undefined>,
    update: (id: string, patch: Values) =>
      organizationRepo.update(id, patch as Partial<OrganizationInput>),
    softDelete: (id: string) => organizationRepo.softDelete(id),
    restore: (id: string) => organizationRepo.restore(id),
  },
}

const affiliationField = { contacts: 'contactId', organizations: 'organizationId' } as const

const tablesOf = (entity: DuplicateEntity) => [
  entity === 'contacts' ? db.contacts : db.organizations,
  db.contacts,
  db.activities,
  db.affiliations,
  db.screenings,
  db.metricEntries,
]

/** The records that point at `id`: found through their indexes, ids only. */
async function linkedTo(entity: DuplicateEntity, id: string) {
  const orgOnly = (ids: () => Promise<string[]>) =>
    entity === 'organizations' ? ids() : Promise.resolve([])
  const [affiliationIds, activityIds, screeningIds, metricEntryIds] = await Promise.all([
    db.affiliations.where(affiliationField[entity]).equals(id).primaryKeys(),
    db.activities
      .where('[subjectId+occurredAt]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
      .primaryKeys(),
    orgOnly(() => db.screenings.where('hostOrganizationId').equals(id).primaryKeys()),
    orgOnly(() => db.metricEntries.where('organizationId').equals(id).primaryKeys()),
  ])
  return { affiliationIds, activityIds, screeningIds, metricEntryIds }
}

/** Points records at another id, through their repository so each write is validated. */
async function repoint(
  repo: { updateMany: (ids: readonly string[], patchOf: () => never) => Promise<unknown> },
  ids: readonly string[],
  patch: Values,
) {
  if (ids.length > 0) await repo.updateMany(ids, () => patch as never)
}

/** The ids still in the table: a record purged between a merge and its Undo is not an error. */
async function existing(table: Table<{ id: string }, string>, ids: string[]) {
  return (await table.bulkGet(ids)).flatMap((record) => (record ? [record.id] : []))
}

/** Contacts affiliated with the kept organization show its name, not the merged-away one. */
async function renameInContacts(orgId: string, oldNames: string[], newName: string) {
  if (oldNames.length === 0) return []
  const affiliations = await db.affiliations.where('organizationId').equals(orgId).toArray()
  const contactIds = [...new Set(affiliations.map((affiliation) => affiliation.contactId))]
  const contacts = (await db.contacts.bulkGet(contactIds)).filter(
    (contact) => contact?.organizationNames.some((name) => oldNames.includes(name)) ?? false,
  )
  const before = contacts.map((contact) => ({
    id: contact!.id,
    organizationNames: contact!.organizationNames,
  }))
  await contactRepo.updateMany(
    before.map((contact) => contact.id),
    (contact) => ({
      organizationNames: [
        ...new Set(contact.organizationNames.map((n) => (oldNames.includes(n) ? newName : n))),
      ],
    }),
  )
  return before
}

export const duplicateMergeRepo = {
  /** How many affiliations and timeline entries would move from `id` to the kept record. */
  async linkedCounts(entity: DuplicateEntity, id: string) {
    const linked = await linkedTo(entity, id)
    return {
      affiliations: linked.affiliationIds.length,
      activities: linked.activityIds.length,
      other: linked.screeningIds.length + linked.metricEntryIds.length,
    }
  },

  /**
   * Keeps `keepId` with the merged fields (an edit in its timeline), moves everything that
   * pointed at `dropId` over to it, and moves `dropId` to the trash, all or nothing.
   */
  merge(entity: DuplicateEntity, keepId: string, dropId: string, patch: Values) {
    const repo = repos[entity]
    return db.transaction('rw', tablesOf(entity), async (): Promise<MergeUndo> => {
      const [keep, drop] = await Promise.all([repo.get(keepId), repo.get(dropId)])
      if (
        !keep ||
        !drop ||
        keep.deletedAt !== LIVE ||
        drop.deletedAt !== LIVE ||
        keepId === dropId
      ) {
        throw new Error('Both records must exist and be out of the trash to be merged')
      }
      const linked = await linkedTo(entity, dropId)
      const keptBefore = Object.fromEntries(Object.keys(patch).map((field) => [field, keep[field]]))
      await repo.update(keepId, patch)
      await repoint(affiliationRepo, linked.affiliationIds, { [affiliationField[entity]]: keepId })
      await repoint(activityRepo, linked.activityIds, { subjectId: keepId })
      await repoint(screeningRepo, linked.screeningIds, { hostOrganizationId: keepId })
      await repoint(metricEntryRepo, linked.metricEntryIds, { organizationId: keepId })
      const newName = String(patch.name ?? keep.name)
      const contactNames =
        entity === 'organizations'
          ? await renameInContacts(
              keepId,
              [keep.name, drop.name].filter((name): name is string => name !== newName),
              newName,
            )
          : []
      await repo.softDelete(dropId)
      return { entity, keepId, dropId, keptBefore, contactNames, ...linked }
    })
  },

  /** Reverses a merge: the other record back from the trash, its links back, the fields back. */
  undo(undo: MergeUndo) {
    const repo = repos[undo.entity]
    return db.transaction('rw', tablesOf(undo.entity), async () => {
      await repo.restore(undo.dropId)
      const field = affiliationField[undo.entity]
      await repoint(affiliationRepo, await existing(db.affiliations, undo.affiliationIds), {
        [field]: undo.dropId,
      })
      await repoint(activityRepo, await existing(db.activities, undo.activityIds), {
        subjectId: undo.dropId,
      })
      await repoint(screeningRepo, await existing(db.screenings, undo.screeningIds), {
        hostOrganizationId: undo.dropId,
      })
      await repoint(metricEntryRepo, await existing(db.metricEntries, undo.metricEntryIds), {
        organizationId: undo.dropId,
      })
      const names = new Map(undo.contactNames.map((c) => [c.id, c.organizationNames]))
      if (names.size > 0) {
        await contactRepo.updateMany([...names.keys()], (contact) => ({
          organizationNames: names.get(contact.id) ?? contact.organizationNames,
        }))
      }
      await repo.update(undo.keepId, undo.keptBefore)
    })
  },
}
