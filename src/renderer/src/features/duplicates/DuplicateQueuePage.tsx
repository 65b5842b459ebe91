import { Tabs } from '@mantine/core'
import { IconUsers, IconUsersGroup } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../shell/PageHeader'
import { DuplicateQueue } from './DuplicateQueue'
import type { DuplicateEntity } from './duplicateCandidate'

/** The review queue: likely duplicates among contacts or organizations, one table at a time. */
export function DuplicateQueuePage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  // In the address, so that coming back from a merge opens the table the merge came from.
  const entity: DuplicateEntity =
    params.get('entity') === 'organizations' ? 'organizations' : 'contacts'

  return (
    <>
      <PageHeader title={t('duplicates.title')} />
      <Tabs
        value={entity}
        onChange={(value) =>
          setParams(value === 'organizations' ? { entity: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="contacts" leftSection={<IconUsers size={16} />}>
            {t('duplicates.tabs.contacts')}
          </Tabs.Tab>
          <Tabs.Tab value="organizations" leftSection={<IconUsersGroup size={16} />}>
            {t('duplicates.tabs.organizations')}
          </Tabs.Tab>
        </Tabs.List>
        {(['contacts', 'organizations'] as const).map((tab) => (
          <Tabs.Panel key={tab} value={tab}>
            <DuplicateQueue entity={tab} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  )
}
