import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { db } from '../../db/db'
import { useLocale } from '../../i18n/useLocale'
import { TableScreen } from '../../table/TableScreen'
import { useCampaignScope } from '../campaigns/useCampaignScope'
import { ExportButton } from '../exports/ExportButton'
import { ContactBulkActions } from './ContactBulkActions'
import { NewContactModal } from './NewContactModal'
import { contactColumns, defaultContactColumns } from './contactColumns'
import { contactRepo } from './contactRepo'
import { useContactFilters } from './useContactFilters'

const initial = {
  search: '',
  filters: {},
  sortBy: 'lastName',
  direction: 'asc' as const,
  columns: defaultContactColumns,
}

/** The people of the campaign's partners, searchable by name, email, organization and tag. */
export function ContactsPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [creating, setCreating] = useState(false)
  const columns = useMemo(() => contactColumns(t, format), [t, format])
  const scope = useCampaignScope('campaignIds')

  return (
    <>
      <TableScreen
        entity="contacts"
        title={t('contacts.title')}
        table={db.contacts}
        isEmpty={contactRepo.isEmpty}
        columns={columns}
        initial={initial}
        filters={useContactFilters()}
        searchLabel={t('contacts.search')}
        newLabel={t('contacts.new')}
        onNew={() => setCreating(true)}
        empty={{ title: t('contacts.emptyTitle'), body: t('contacts.emptyBody') }}
        openPath={(id) => `/contacts/${id}`}
        scope={scope}
        toolbar={(table) => (
          <ExportButton entity="contacts" table={db.contacts} state={table} scope={scope} />
        )}
        bulkActions={(selected, clear) => <ContactBulkActions selected={selected} onDone={clear} />}
      />
      <NewContactModal opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
