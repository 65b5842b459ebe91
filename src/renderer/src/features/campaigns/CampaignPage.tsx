import { Grid, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { RecordPageBar } from '../../shell/RecordPageBar'
import { Timeline } from '../activities/Timeline'
import { CampaignMetrics } from '../metrics/CampaignMetrics'
import { useNavigate, useParams } from 'react-router'
import { EmptyState } from '../../shell/EmptyState'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { CampaignDetails } from './CampaignDetails'
import { CampaignLinks } from './CampaignLinks'
import { CampaignPartners } from './CampaignPartners'
import { CampaignScreenings } from './CampaignScreenings'
import { campaignRepo } from './campaignRepo'

/** One campaign: its fields edited in place, its partners, screenings and similar campaigns. */
export function CampaignPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  // null once it is known that there is no such record; undefined while reading.
  const campaign = useLiveQuery(async () => (await campaignRepo.get(id)) ?? null, [id])
  useHotkeys([
    [
      'Escape',
      // Escape in the link dialog closes the dialog, not the page.
      () => !document.querySelector('[role=dialog]') && void navigate('/campaigns'),
    ],
  ])

  if (campaign === undefined) return null
  if (campaign === null)
    return <EmptyState title={t('campaigns.notFound')} body={t('campaigns.notFoundBody')} />

  const trash = async () => {
    await campaignRepo.softDelete(id)
    void navigate('/campaigns')
    notifyWithUndo({
      message: t('campaigns.deleted', { title: campaign.title }),
      undoLabel: t('common.undo'),
      onUndo: () => campaignRepo.restore(id),
    })
  }

  return (
    <Stack>
      <RecordPageBar
        backTo="/campaigns"
        backLabel={t('campaigns.title')}
        onDelete={() => void trash()}
      />
      <Title order={2}>{campaign.title}</Title>
      {campaign.deletedAt && <Text c="red">{t('campaigns.inTrash')}</Text>}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <CampaignDetails campaign={campaign} />
            <CampaignLinks campaignId={id} />
            <Timeline subjectType="campaign" subjectId={id} fieldNamespace="campaigns" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <CampaignPartners campaignId={id} />
            <CampaignScreenings campaignId={id} />
            <CampaignMetrics campaignId={id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
