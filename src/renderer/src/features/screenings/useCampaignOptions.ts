import { useLiveQuery } from 'dexie-react-hooks'
import { LIVE } from '../../../../shared/domain/record'
import { db } from '../../db/db'

/** Live campaigns by title: a workspace holds tens of campaigns, not thousands. */
export function useCampaignOptions() {
  return useLiveQuery(
    async () =>
      (
        await db.campaigns
          .where('[deletedAt+title]')
          .between([LIVE, ''], [LIVE, '\uffff'])
          .limit(500)
          .toArray()
      ).map((campaign) => ({ value: campaign.id, label: campaign.title })),
    [],
  )
}
