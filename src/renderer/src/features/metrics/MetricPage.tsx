import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { RecordPageBar } from '../../shell/RecordPageBar'
import { Link, useNavigate, useParams } from 'react-router'
import { EmptyState } from '../../shell/EmptyState'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { campaignRepo } from '../campaigns/campaignRepo'
import { MetricDetails } from './MetricDetails'
import { MetricEntries } from './MetricEntries'
import { metricDefinitionRepo } from './metricDefinitionRepo'

/** One metric: its definition edited in place, and the grid its values are typed into. */
export function MetricPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  // null once it is known that there is no such record; undefined while reading.
  const metric = useLiveQuery(async () => (await metricDefinitionRepo.get(id)) ?? null, [id])
  const campaign = useLiveQuery(
    async () => (metric ? await campaignRepo.get(metric.campaignId) : undefined),
    [metric?.campaignId],
  )
  // Escape in a cell or a list leaves the cell; only Escape elsewhere goes back to the list.
  useHotkeys([
    ['Escape', () => !document.querySelector('[role=dialog]') && void navigate('/metrics')],
  ])

  if (metric === undefined) return null
  if (metric === null)
    return <EmptyState title={t('metrics.notFound')} body={t('metrics.notFoundBody')} />

  const trash = async () => {
    await metricDefinitionRepo.softDelete(id)
    void navigate('/metrics')
    notifyWithUndo({
      message: t('metrics.deleted', { name: metric.name }),
      undoLabel: t('common.undo'),
      onUndo: () => metricDefinitionRepo.restore(id),
    })
  }

  return (
    <Stack>
      <RecordPageBar
        backTo="/metrics"
        backLabel={t('metrics.title')}
        onDelete={() => void trash()}
      />
      <Group gap="sm">
        <Title order={2}>{metric.name}</Title>
        {campaign && (
          <Badge variant="light" tt="none" component={Link} to={`/campaigns/${campaign.id}`}>
            {campaign.title}
          </Badge>
        )}
      </Group>
      {metric.deletedAt && <Text c="red">{t('metrics.inTrash')}</Text>}
      <MetricDetails metric={metric} />
      <MetricEntries metric={metric} />
    </Stack>
  )
}
