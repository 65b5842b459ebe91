import { useLocalStorage } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { campaignRepo } from './campaignRepo'

const STORAGE_KEY = 'impact-desk.currentCampaign'

/**
 * The campaign the user is working in, remembered across restarts; null for all campaigns. A
 * campaign sent to the trash stops being current. Every hook in the window shares one value
 * (Mantine's storage hook tells the others when it changes).
 */
export function useCurrentCampaign() {
  const [stored, setStored] = useLocalStorage<string>({
    key: STORAGE_KEY,
    defaultValue: '',
    getInitialValueInEffect: false,
    serialize: (value) => value,
    deserialize: (value) => value ?? '',
  })
  const campaign = useLiveQuery(
    async () => (stored ? ((await campaignRepo.get(stored)) ?? null) : null),
    [stored],
  )
  const live = campaign && campaign.deletedAt === '' ? campaign : null
  return {
    // While the record is read, trust what was stored so the first paint is already scoped.
    campaignId: campaign === undefined ? stored || null : (live?.id ?? null),
    campaign: live,
    setCampaignId: (id: string | null) => setStored(id ?? ''),
  }
}
