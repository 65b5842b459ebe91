import type { Contact } from '../../../../shared/domain/contact'
import type { Organization } from '../../../../shared/domain/organization'
import { db } from '../../db/db'

export type CreatedRecords<T> = { items: T[]; total: number }

/**
 * The records a run created, read by their `importRunId` index, the first `limit` of each kind
 * and how many there are. An undone run has none left.
 */
export const importRunRecords = {
  async organizations(runId: string, limit: number): Promise<CreatedRecords<Organization>> {
    const created = () => db.organizations.where('importRunId').equals(runId)
    const [items, total] = await Promise.all([created().limit(limit).toArray(), created().count()])
    return { items, total }
  },

  async contacts(runId: string, limit: number): Promise<CreatedRecords<Contact>> {
    const created = () => db.contacts.where('importRunId').equals(runId)
    const [items, total] = await Promise.all([created().limit(limit).toArray(), created().count()])
    return { items, total }
  },

  /** How many records Undo has to work through: those created, and the changes to put back. */
  async undoSteps(runId: string): Promise<number> {
    const counts = await Promise.all([
      db.organizations.where('importRunId').equals(runId).count(),
      db.contacts.where('importRunId').equals(runId).count(),
      db.affiliations.where('importRunId').equals(runId).count(),
      db.importChanges.where('runId').equals(runId).count(),
    ])
    return counts.reduce((sum, count) => sum + count, 0)
  },
}
