import { Anchor, Paper, Table, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { MetricDefinition } from '../../../../shared/domain/metricDefinition'
import { db } from '../../db/db'
import { latestEntryOf } from './metricQueries'
import { useMetricFormat } from './useMetricFormat'

type Props = { metrics: MetricDefinition[]; showCampaign: boolean }

/** Metrics by name: what each counts, where it should get to, and its latest value. */
export function MetricList({ metrics, showCampaign }: Props) {
  const { t } = useTranslation()
  const format = useMetricFormat()
  const campaignIds = [...new Set(metrics.map((m) => m.campaignId))]
  const latest = useLiveQuery(
    async () =>
      new Map(
        await Promise.all(metrics.map(async (m) => [m.id, await latestEntryOf(m.id)] as const)),
      ),
    [metrics],
  )
  const titles = useLiveQuery(
    async () =>
      new Map(
        (await db.campaigns.bulkGet(campaignIds)).flatMap((c) => (c ? [[c.id, c.title]] : [])),
      ),
    [campaignIds.join()],
  )

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={t('metrics.title')} highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('metrics.fields.name')}</Table.Th>
              {showCampaign && <Table.Th>{t('metrics.fields.campaign')}</Table.Th>}
              <Table.Th>{t('metrics.fields.unit')}</Table.Th>
              <Table.Th>{t('metrics.fields.baseline')}</Table.Th>
              <Table.Th>{t('metrics.fields.target')}</Table.Th>
              <Table.Th>{t('metrics.latest')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {metrics.map((metric) => {
              const entry = latest?.get(metric.id)
              return (
                <Table.Tr key={metric.id} data-testid="metric-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/metrics/${metric.id}`} fw={600} size="sm">
                      {metric.name}
                    </Anchor>
                    {metric.description && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {metric.description}
                      </Text>
                    )}
                  </Table.Td>
                  {showCampaign && (
                    <Table.Td>
                      <Text size="sm">{titles?.get(metric.campaignId)}</Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Text size="sm">{t(`metrics.unit.${metric.unit}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`metrics.direction.${metric.direction}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {metric.baseline === undefined
                        ? ''
                        : format.value(metric.baseline, metric.unit)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {metric.target === undefined ? '' : format.value(metric.target, metric.unit)}
                    </Text>
                    {metric.targetDate && (
                      <Text size="xs" c="dimmed">
                        {t('metrics.by', { date: format.date(metric.targetDate) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {entry ? (
                      <>
                        <Text size="sm">{format.value(entry.value, metric.unit)}</Text>
                        <Text size="xs" c="dimmed">
                          {format.period(entry.date, entry.periodEnd)}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('metrics.noValues')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
