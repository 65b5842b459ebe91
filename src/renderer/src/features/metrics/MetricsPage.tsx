import { useTranslation } from 'react-i18next'
import { SectionPage } from '../../shell/SectionPage'
import { metricDefinitionRepo } from './metricDefinitionRepo'

export function MetricsPage() {
  const { t } = useTranslation()
  return (
    <SectionPage
      title={t('metrics.title')}
      count={metricDefinitionRepo.count}
      countLabel={(count) => t('metrics.count', { count })}
      empty={{ title: t('metrics.emptyTitle'), body: t('metrics.emptyBody') }}
    />
  )
}
