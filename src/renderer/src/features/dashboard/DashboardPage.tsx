import { Box, Card, SimpleGrid, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { PageHeader } from '../../shell/PageHeader'
import { useLocale } from '../../i18n/useLocale'
import { campaignRepo } from '../campaigns/campaignRepo'
import { useCurrentCampaign } from '../campaigns/useCurrentCampaign'
import { contactRepo } from '../contacts/contactRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { OpenReportButton } from '../report/OpenReportButton'
import { useSampleLoaded } from '../sample/useSampleLoaded'
import { screeningRepo } from '../screenings/screeningRepo'
import { Breakdowns } from './Breakdowns'
import { DashboardFilters } from './DashboardFilters'
import { FirstRun } from './FirstRun'
import { MetricHeadlines } from './MetricHeadlines'
import { MetricSeriesCard } from './MetricSeriesCard'
import { SampleBanner } from './SampleBanner'
import { ScreeningHeadlines } from './ScreeningHeadlines'
import { UpcomingScreenings } from './UpcomingScreenings'
import type { DateRange } from './figures/dateRange'
import {
  useMetricFigures,
  usePartnerStages,
  useScreeningFigures,
} from './figures/useDashboardFigures'

const counted = [
  { key: 'campaigns', repo: campaignRepo, path: '/campaigns' },
  { key: 'partners', repo: organizationRepo, path: '/partners' },
  { key: 'contacts', repo: contactRepo, path: '/contacts' },
  { key: 'screenings', repo: screeningRepo, path: '/screenings' },
] as const

/** The range of days in the address (`?from=&to=`), so it survives going to a record and back. */
function useDateRange() {
  const [params, setParams] = useSearchParams()
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const range = useMemo<DateRange>(() => ({ from, to }), [from, to])
  const setRange = (next: DateRange) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value)), {
      replace: true,
    })
  return [range, setRange] as const
}

/** What the campaign did: its metrics, its screenings' figures and breakdowns, what is next. */
function Figures({ range }: { range: DateRange }) {
  const { campaignId } = useCurrentCampaign()
  const metrics = useMetricFigures(campaignId, range)
  const screenings = useScreeningFigures(campaignId, range)
  const stages = usePartnerStages(campaignId)
  // The charts take the longest to redraw: a new range shows in the headline figures at once,
  // and the charts follow in a render React may interrupt.
  const chartMetrics = useDeferredValue(metrics)
  const chartScreenings = useDeferredValue(screenings)
  return (
    <>
      {metrics && <MetricHeadlines figures={metrics} />}
      {screenings && <ScreeningHeadlines figures={screenings} />}
      {chartMetrics && chartMetrics.length > 0 && (
        <Box mt="lg">
          <MetricSeriesCard figures={chartMetrics} />
        </Box>
      )}
      {chartScreenings && stages && <Breakdowns figures={chartScreenings} stages={stages} />}
    </>
  )
}

export function DashboardPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const counts = useLiveQuery(() => Promise.all(counted.map(({ repo }) => repo.count())))
  const sampleLoaded = useSampleLoaded()
  const { campaign } = useCurrentCampaign()
  const [range, setRange] = useDateRange()

  if (!counts) return <PageHeader title={t('dashboard.title')} />
  if (counts.every((count) => count === 0) && !sampleLoaded) {
    return (
      <>
        <PageHeader title={t('dashboard.title')} />
        <FirstRun />
      </>
    )
  }
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        actions={<OpenReportButton from={range.from} to={range.to} />}
      />
      {sampleLoaded && <SampleBanner />}
      <DashboardFilters
        scope={campaign ? campaign.title : t('dashboard.allCampaigns')}
        range={range}
        onChange={setRange}
      />
      <SimpleGrid cols={{ base: 2, lg: 4 }}>
        {counted.map(({ key, path }, index) => {
          const count = counts[index] ?? 0
          return (
            <Card key={key} withBorder component={Link} to={path} data-testid={`count-${key}`}>
              <Title order={3} size="h2">
                {format.number(count)}
              </Title>
              <Text c="dimmed" size="sm">
                {t(`nav.${key}`)}
              </Text>
            </Card>
          )
        })}
      </SimpleGrid>
      <Figures range={range} />
      <UpcomingScreenings />
    </>
  )
}
