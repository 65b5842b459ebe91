import { useTranslation } from 'react-i18next'
import { SectionPage } from '../../shell/SectionPage'
import { importRunRepo } from './importRunRepo'

export function ImportsPage() {
  const { t } = useTranslation()
  return (
    <SectionPage
      title={t('imports.title')}
      count={importRunRepo.count}
      countLabel={(count) => t('imports.count', { count })}
      empty={{ title: t('imports.emptyTitle'), body: t('imports.emptyBody') }}
    />
  )
}
