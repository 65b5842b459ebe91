import { Card, SimpleGrid, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../shell/PageHeader'
import { useLocale } from '../../i18n/useLocale'
import { campaignRepo } from '../campaigns/campaignRepo'
import { contactRepo } from '../contacts/contactRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { useSampleLoaded } from '../sample/useSampleLoaded'
import { screeningRepo } from '../screenings/screeningRepo'
import { FirstRun } from './FirstRun'
import { SampleBanner } from './SampleBanner'
import { UpcomingScreenings } from './UpcomingScreenings'

const counted = [
  { key: 'campaigns', repo: campaignRepo, path: '/campaigns' },
  { key: 'partners', repo: organizationRepo, path: '/partners' },
  { key: 'contacts', repo: contactRepo, path: '/contacts' },
  { key: 'screenings', repo: screeningRepo, path: '/screenings' },
] as const

export function DashboardPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const counts = useLiveQuery(() => Promise.all(counted.map(({ repo }) => repo.count())))
  const sampleLoaded = useSampleLoaded()

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
      <PageHeader title={t('dashboard.title')} />
      {sampleLoaded && <SampleBanner />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {counted.map(({ key, path }, index) => {
          const count = counts[index] ?? 0
          return (
            <Card key={key} withBorder component={Link} to={path} data-testid={`count-${key}`}>
              <Title order={3} size="h1">
                {format.number(count)}
              </Title>
              <Text c="dimmed">{t(`nav.${key}`)}</Text>
            </Card>
          )
        })}
      </SimpleGrid>
      <UpcomingScreenings />
    </>
  )
}
