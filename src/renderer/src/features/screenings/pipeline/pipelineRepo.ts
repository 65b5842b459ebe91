import type { Page } from '../../../db/repository'
import type { Screening, screeningStatuses } from '../../../../../shared/domain/screening'
import { LIVE } from '../../../../../shared/domain/record'
import { db } from '../../../db/db'
import { bySoonest } from './pipelineOrder'

export type Status = (typeof screeningStatuses)[number]

/** A card's screening with its host partner's name, read beside it. */
export type PipelineCard = Screening & { hostName: string }

const inStatus = (status: Status) =>
  db.screenings.where('[deletedAt+status]').equals([LIVE, status])

export const pipelineRepo = {
  /**
   * Up to `limit` live screenings of a status and how many it holds, both from the
   * `[deletedAt+status]` index: a column never reads the whole table. The index has no date in
   * it, so the page read is put in date order here (undated requests first).
   */
  async column(status: Status, limit: number): Promise<Page<PipelineCard>> {
    const [screenings, total] = await Promise.all([
      inStatus(status).limit(limit).toArray() as Promise<Screening[]>,
      inStatus(status).count(),
    ])
    const hostIds = [
      ...new Set(screenings.flatMap((s) => (s.hostOrganizationId ? [s.hostOrganizationId] : []))),
    ]
    const hosts = await db.organizations.bulkGet(hostIds)
    const names = new Map(
      hosts.flatMap((host) => (host && host.deletedAt === LIVE ? [[host.id, host.name]] : [])),
    )
    const items = screenings
      .map((s) => ({ ...s, hostName: names.get(s.hostOrganizationId ?? '') ?? '' }))
      .sort(bySoonest)
    return { items, total }
  },
}
