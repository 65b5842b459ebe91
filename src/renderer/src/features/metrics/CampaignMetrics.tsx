import { Anchor, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconChartLine } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { metricsOf } from './metricQueries'
import { useMetricFormat } from './useMetricFormat'

/** What a campaign counts, each metric linked to its values. */
export function CampaignMetrics({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const format = useMetricFormat()
  const metrics = useLiveQuery(() => metricsOf(campaignId), [campaignId])

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-metrics">
      <Title order={3} size="h4" mb="xs" id="campaign-metrics">
        {t('campaigns.metrics')}
      </Title>
      {metrics?.length === 0 ? (
        <Group gap="xs" wrap="nowrap" data-testid="metrics-empty">
          <ThemeIcon variant="light" color="gray" size="lg" radius="xl">
            <IconChartLine size={18} />
          </ThemeIcon>
          <Text size="sm" c="dimmed">
            {t('campaigns.metricsEmpty')}
          </Text>
        </Group>
      ) : (
        <Stack gap={6}>
          {metrics?.map((metric) => (
            <Group key={metric.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={`/metrics/${metric.id}`} size="sm">
                {metric.name}
              </Anchor>
              {metric.target !== undefined && (
                <Text size="xs" c="dimmed">
                  {t('metrics.targetOf', { value: format.value(metric.target, metric.unit) })}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  )
}
