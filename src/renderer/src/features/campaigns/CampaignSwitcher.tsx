import { Select } from '@mantine/core'
import { IconFlag } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { campaignRepo } from './campaignRepo'
import { useCurrentCampaign } from './useCurrentCampaign'

const ALL = '__all__'

/** The header's choice of the campaign the screens narrow to, or all of them. */
export function CampaignSwitcher() {
  const { t } = useTranslation()
  const { campaignId, setCampaignId } = useCurrentCampaign()
  // Workspaces hold a handful of campaigns, not thousands: the first 200 by title are all of them.
  const campaigns = useLiveQuery(() => campaignRepo.list({ sortBy: 'title', limit: 200 }), [])
  const data = [
    { value: ALL, label: t('switcher.all') },
    ...(campaigns?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
  ]
  return (
    <Select
      aria-label={t('switcher.label')}
      data={data}
      value={campaignId ?? ALL}
      onChange={(value) => setCampaignId(!value || value === ALL ? null : value)}
      allowDeselect={false}
      searchable
      leftSection={<IconFlag size={16} />}
      w={220}
      visibleFrom="xs"
      comboboxProps={{ width: 260, position: 'bottom-end' }}
    />
  )
}
