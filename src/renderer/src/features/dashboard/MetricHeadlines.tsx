import {
  Anchor,
  Badge,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconArrowDownRight, IconArrowUpRight, IconEqual } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMetricFormat } from '../metrics/useMetricFormat'
import { Sparkline } from './charts/Sparkline'
import type { MetricFigure } from './figures/metricFigures'

const directionIcon = {
  increase: IconArrowUpRight,
  decrease: IconArrowDownRight,
  maintain: IconEqual,
}

/** Reached or beyond: teal; more than half way: blue; less: orange. */
const progressColor = (progress: number) =>
  progress >= 1 ? 'teal' : progress >= 0.5 ? 'blue' : 'orange'

function MetricCard({ figure }: { figure: MetricFigure }) {
  const { t } = useTranslation()
  const format = useMetricFormat()
  const { metric, value, progress, level, series, entries } = figure
  const Icon = directionIcon[metric.direction]
  const shown = value === null ? '–' : format.value(Math.round(value * 10) / 10, metric.unit)
  const percent = progress === null ? null : Math.round(progress * 100)

  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-label={metric.name}
      data-testid="metric-headline"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} lineClamp={2}>
          {metric.name}
        </Text>
        <ThemeIcon
          variant="light"
          size="sm"
          radius="xl"
          color="gray"
          aria-label={t(`metrics.direction.${metric.direction}`)}
        >
          <Icon size={14} />
        </ThemeIcon>
      </Group>
      <Group align="baseline" gap={6} mt={4}>
        <Title order={4} size="h2" data-testid="metric-value">
          {shown}
        </Title>
        <Text size="xs" c="dimmed">
          {t('dashboard.metrics.entries', { count: entries })}
        </Text>
      </Group>
      {series.length > 1 ? (
        <Sparkline
          values={series.map((point) => point.value)}
          color="var(--mantine-color-indigo-5)"
        />
      ) : (
        <div style={{ height: 40 }} />
      )}
      {percent !== null && metric.target !== undefined ? (
        <Stack gap={4} mt="xs">
          <Progress
            value={Math.min(100, Math.max(0, percent))}
            color={progressColor(progress!)}
            size="sm"
            radius="xl"
            aria-label={t('dashboard.metrics.progressLabel', { name: metric.name })}
          />
          <Text size="xs" c="dimmed" data-testid="metric-progress">
            {t('dashboard.metrics.progress', {
              percent,
              level: level === null ? '–' : format.value(Math.round(level), metric.unit),
              target: format.value(metric.target, metric.unit),
            })}
            {metric.targetDate &&
              ` · ${t('dashboard.metrics.by', { date: format.date(metric.targetDate) })}`}
          </Text>
        </Stack>
      ) : (
        <Text size="xs" c="dimmed" mt="xs">
          {t('dashboard.metrics.noTarget')}
        </Text>
      )}
    </Card>
  )
}

/** Each metric's figure for the range, with its trend and its progress toward its target. */
export function MetricHeadlines({ figures }: { figures: MetricFigure[] }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm" mt="xl" data-testid="metric-headlines">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('dashboard.metrics.title')}
        </Title>
        <Anchor component={Link} to="/metrics" size="sm">
          {t('dashboard.metrics.manage')}
        </Anchor>
      </Group>
      {figures.length === 0 ? (
        <Card withBorder padding="lg">
          <Group justify="space-between">
            <Text c="dimmed" size="sm">
              {t('dashboard.metrics.none')}
            </Text>
            <Badge variant="light" component={Link} to="/metrics" style={{ cursor: 'pointer' }}>
              {t('dashboard.metrics.define')}
            </Badge>
          </Group>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 4 }}>
          {figures.map((figure) => (
            <MetricCard key={figure.metric.id} figure={figure} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  )
}
