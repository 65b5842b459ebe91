import { partnershipStages } from '../../../../../shared/domain/organization'
import { LIVE } from '../../../../../shared/domain/record'
import { db } from '../../../db/db'

export type StageCount = { stage: (typeof partnershipStages)[number]; partners: number }

/**
 * Partners by partnership stage, in the stages' order: of a campaign (its partners, through
 * `campaignIds`), or of the workspace (counted on `[deletedAt+stage]`, no record read).
 */
export async function readPartnerStages(campaignId: string | null): Promise<StageCount[]> {
  if (!campaignId) {
    const counts = await Promise.all(
      partnershipStages.map((stage) =>
        db.organizations.where('[deletedAt+stage]').equals([LIVE, stage]).count(),
      ),
    )
    return partnershipStages.map((stage, i) => ({ stage, partners: counts[i] ?? 0 }))
  }
  const partners = await db.organizations.where('campaignIds').equals(campaignId).toArray()
  const live = partners.filter((org) => org.deletedAt === LIVE)
  return partnershipStages.map((stage) => ({
    stage,
    partners: live.filter((org) => org.stage === stage).length,
  }))
}

/** The names of these partners, by id (live ones only). */
export async function readPartnerNames(ids: readonly string[]): Promise<Map<string, string>> {
  const orgs = await db.organizations.bulkGet([...ids])
  return new Map(orgs.flatMap((org) => (org && org.deletedAt === LIVE ? [[org.id, org.name]] : [])))
}
