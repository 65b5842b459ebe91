import { Button, Kbd } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { EmptyState } from '../../shell/EmptyState'
import { ExportAllButton } from '../exports/ExportAllButton'
import { PageHeader } from '../../shell/PageHeader'
import { shortcutLabel } from '../../shell/shortcuts'
import { CampaignTable } from './CampaignTable'
import { NewCampaignModal } from './NewCampaignModal'
import { campaignRepo } from './campaignRepo'
import { useLiveQuery } from 'dexie-react-hooks'

export function CampaignsPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const creating = params.get('new') === '1'
  const setCreating = (open: boolean) => setParams(open ? { new: '1' } : {}, { replace: true })
  useHotkeys([['mod+N', () => setCreating(true)]])
  const total = useLiveQuery(campaignRepo.count)

  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      rightSection={<Kbd size="xs">{shortcutLabel('N')}</Kbd>}
      onClick={() => setCreating(true)}
    >
      {t('campaigns.new')}
    </Button>
  )

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        actions={
          total ? (
            <>
              <ExportAllButton entity="campaigns" />
              {newButton}
            </>
          ) : undefined
        }
      />
      {total === 0 && (
        <EmptyState
          title={t('campaigns.emptyTitle')}
          body={t('campaigns.emptyBody')}
          action={newButton}
        />
      )}
      {total ? <CampaignTable /> : null}
      <NewCampaignModal opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
