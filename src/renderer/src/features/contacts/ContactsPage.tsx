import { useTranslation } from 'react-i18next'
import { SectionPage } from '../../shell/SectionPage'
import { contactRepo } from './contactRepo'

export function ContactsPage() {
  const { t } = useTranslation()
  return (
    <SectionPage
      title={t('contacts.title')}
      count={contactRepo.count}
      countLabel={(count) => t('dashboard.counts.contacts', { count })}
      empty={{ title: t('contacts.emptyTitle'), body: t('contacts.emptyBody') }}
    />
  )
}
