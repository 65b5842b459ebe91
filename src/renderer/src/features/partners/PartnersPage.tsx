import { useTranslation } from 'react-i18next'
import { SectionPage } from '../../shell/SectionPage'
import { organizationRepo } from './organizationRepo'

export function PartnersPage() {
  const { t } = useTranslation()
  return (
    <SectionPage
      title={t('partners.title')}
      count={organizationRepo.count}
      countLabel={(count) => t('dashboard.counts.organizations', { count })}
      empty={{ title: t('partners.emptyTitle'), body: t('partners.emptyBody') }}
    />
  )
}
