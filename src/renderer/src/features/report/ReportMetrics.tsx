import { Group, Paper, Progress, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useMetricFormat } from '../metrics/useMetricFormat'
import { ReportSection } from './ReportSection'
import type { MetricFigure } from '../dashboard/figures/metricFigures'

/**
 * The campaign's headline metrics over the range (the dashboard's figures), each with its
 * progress toward its target.
 */
export function ReportMetrics({ metrics }: { metrics: MetricFigure[] }) {
  const { t } = useTranslation()
  const format = useMetricFormat()
  return (
    <ReportSection id="report-metrics" title={t('report.metrics')}>
      {metrics.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.noMetrics')}
        </Text>
      ) : (
        // Fixed columns: the printed page is narrower than the window's breakpoints expect.
        <SimpleGrid cols={2} spacing="sm">
          {metrics.map(({ metric, value, progress }) => (
            <Paper key={metric.id} withBorder p="sm" data-testid="report-metric">
              <Text size="sm" fw={600} lineClamp={2}>
                {metric.name}
              </Text>
              <Text size="xl" fw={700}>
                {value === null ? '–' : format.value(Math.round(value * 10) / 10, metric.unit)}
              </Text>
              {metric.target !== undefined && (
                <>
                  <Progress
                    value={Math.max(0, Math.min(100, (progress ?? 0) * 100))}
                    mt={6}
                    size="sm"
                    aria-label={t('report.progress', { name: metric.name })}
                  />
                  <Group justify="space-between" mt={4} gap="xs">
                    <Text size="xs" c="dimmed">
                      {t('report.target', {
                        value: format.value(metric.target, metric.unit),
                      })}
                      {metric.targetDate &&
                        ` · ${t('metrics.by', { date: format.date(metric.targetDate) })}`}
                    </Text>
                    {progress !== null && (
                      <Text size="xs" fw={600}>
                        {format.value(Math.round(progress * 100), 'percent')}
                      </Text>
                    )}
                  </Group>
                </>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </ReportSection>
  )
}
