import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLocale } from '../../i18n/useLocale'
import { todayIso } from '../metrics/useMetricFormat'
import { ReportCharts } from './ReportCharts'
import { ReportMetrics } from './ReportMetrics'
import { ReportScreeningStats } from './ReportScreeningStats'
import { ReportScreenings } from './ReportScreenings'
import classes from './report.module.css'
import type { ReportData } from './reportQueries'

type Props = { data: ReportData; from: string; to: string }

/** The report itself, as it prints: one column, sections that do not split across pages. */
export function ReportDocument({ data, from, to }: Props) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const range =
    from && to
      ? t('report.range', { from: format.date(from), to: format.date(to) })
      : from
        ? t('report.since', { from: format.date(from) })
        : to
          ? t('report.until', { to: format.date(to) })
          : t('report.allDates')

  return (
    <Paper
      withBorder
      p="xl"
      className={classes.document}
      component="article"
      aria-label={t('report.documentLabel', { title: data.campaign.title })}
      data-testid="report-document"
    >
      <Stack gap="xl">
        <header>
          <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
            {t('report.title')}
          </Text>
          <Title order={3} size="h1">
            {data.campaign.title}
          </Title>
          {data.campaign.logline && <Text mt={4}>{data.campaign.logline}</Text>}
          <Text size="sm" c="dimmed" mt="xs" data-testid="report-range">
            {range} · {t('report.prepared', { date: format.date(todayIso()) })}
          </Text>
        </header>
        <ReportMetrics metrics={data.metrics} />
        <ReportScreeningStats figures={data.figures} />
        <ReportCharts months={data.months} metrics={data.metrics} />
        <ReportScreenings screenings={data.screenings} />
      </Stack>
    </Paper>
  )
}
