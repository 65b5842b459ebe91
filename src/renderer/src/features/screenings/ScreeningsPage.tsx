import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionPage } from '../../shell/SectionPage'
import { screeningRepo } from './screeningRepo'

export function ScreeningsPage() {
  const { t } = useTranslation()
  return (
    <SectionPage
      title={t('screenings.title')}
      count={screeningRepo.count}
      countLabel={(count) => t('dashboard.counts.screenings', { count })}
      empty={{
        title: t('screenings.emptyTitle'),
        body: t('screenings.emptyBody'),
        action: (
          <Button component={Link} to="/campaigns" variant="light">
            {t('palette.goTo', { section: t('nav.campaigns') })}
          </Button>
        ),
      }}
    />
  )
}
