import type { Page } from '../../db/repository'
import { campaignRepo } from '../campaigns/campaignRepo'
import { contactRepo } from '../contacts/contactRepo'
import { metricDefinitionRepo } from '../metrics/metricDefinitionRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { screeningRepo } from '../screenings/screeningRepo'

/** One row of the trash, whatever the kind of record: what to call it and when it went. */
export type TrashItem = { id: string; name: string; detail: string; deletedAt: string }

type TrashableRepo<R> = {
  listTrash(options: { offset?: number; limit?: number }): Promise<Page<R>>
  softDelete(ids: readonly string[]): Promise<number>
  restore(ids: readonly string[]): Promise<number>
  purge(ids: readonly string[]): Promise<number>
}

function kind<const K extends string, R extends { id: string; deletedAt: string }>(
  key: K,
  repo: TrashableRepo<R>,
  describe: (record: R) => { name: string; detail?: string },
) {
  return {
    key,
    /** A page of the trash, most recently deleted first. */
    async list(options: { offset: number; limit: number }): Promise<Page<TrashItem>> {
      const { items, total } = await repo.listTrash(options)
      return {
        total,
        items: items.map((record) => {
          const { name, detail = '' } = describe(record)
          return { id: record.id, name: name.trim(), detail, deletedAt: record.deletedAt }
        }),
      }
    },
    async count(): Promise<number> {
      return (await repo.listTrash({ limit: 1 })).total
    },
    restore: (ids: readonly string[]) => repo.restore(ids),
    /** Back to the trash: how a restore is undone. */
    trashAgain: (ids: readonly string[]) => repo.softDelete(ids),
    purge: (ids: readonly string[]) => repo.purge(ids),
  }
}

// Records reach the trash from older versions and imports too: read every field defensively.
const place = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ')

const contactName = (contact: {
  firstName?: string
  lastName?: string
  emails?: { address: string; primary?: boolean }[]
}) =>
  [contact.firstName, contact.lastName].filter(Boolean).join(' ') ||
  (contact.emails?.find((email) => email.primary) ?? contact.emails?.[0])?.address ||
  ''

/** Every kind of record the trash shows, in the order of its tabs; `key` matches `nav.<key>`. */
export const trashKinds = [
  kind('partners', organizationRepo, (org) => ({
    name: org.name ?? '',
    detail: place(org.city, org.country),
  })),
  kind('contacts', contactRepo, (contact) => ({
    name: contactName(contact),
    detail: contact.organizationNames?.join(', '),
  })),
  kind('campaigns', campaignRepo, (campaign) => ({
    name: campaign.title ?? '',
    detail: campaign.logline,
  })),
  kind('screenings', screeningRepo, (screening) => ({
    name: screening.title ?? '',
    detail: screening.venue?.name,
  })),
  kind('metrics', metricDefinitionRepo, (metric) => ({
    name: metric.name ?? '',
    detail: metric.description,
  })),
]

export type TrashKind = (typeof trashKinds)[number]
export type TrashKindKey = TrashKind['key']
