import { Button, Group, Kbd } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { EmptyState } from '../../shell/EmptyState'
import { PageHeader } from '../../shell/PageHeader'
import { shortcutLabel } from '../../shell/shortcuts'
import { ScopeBadge } from '../../table/ScopeBadge'
import { useCampaignScope } from '../campaigns/useCampaignScope'
import { useCurrentCampaign } from '../campaigns/useCurrentCampaign'
import { MetricList } from './MetricList'
import { NewMetricModal } from './NewMetricModal'
import { metricsOf } from './metricQueries'

/** The metrics of the current campaign (or of all), and where new ones are defined. */
export function MetricsPage() {
  const { t } = useTranslation()
  const { campaignId, campaign } = useCurrentCampaign()
  const scope = useCampaignScope('campaignId')
  const metrics = useLiveQuery(() => metricsOf(campaignId), [campaignId])
  const [params, setParams] = useSearchParams()
  const creating = params.get('new') === '1'
  const setCreating = (open: boolean) => setParams(open ? { new: '1' } : {}, { replace: true })
  useHotkeys([['mod+N', () => setCreating(true)]])

  const newButton = (
    <Button
      leftSection={<IconPlus size={16} />}
      rightSection={<Kbd size="xs">{shortcutLabel('N')}</Kbd>}
      onClick={() => setCreating(true)}
    >
      {t('metrics.new')}
    </Button>
  )

  return (
    <>
      <PageHeader title={t('metrics.title')} actions={metrics?.length ? newButton : undefined} />
      <Group mb="md">
        <ScopeBadge scope={scope} />
      </Group>
      {metrics?.length === 0 && (
        <EmptyState
          title={
            campaign
              ? t('metrics.emptyForCampaign', { title: campaign.title })
              : t('metrics.emptyTitle')
          }
          body={t('metrics.emptyBody')}
          action={newButton}
        />
      )}
      {metrics?.length ? <MetricList metrics={metrics} showCampaign={!campaignId} /> : null}
      <NewMetricModal
        key={campaignId ?? 'all'}
        opened={creating}
        onClose={() => setCreating(false)}
        campaignId={campaignId}
      />
    </>
  )
}
