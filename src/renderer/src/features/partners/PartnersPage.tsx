import { SegmentedControl } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { db } from '../../db/db'
import { useLocale } from '../../i18n/useLocale'
import { TableScreen } from '../../table/TableScreen'
import { useCampaignScope } from '../campaigns/useCampaignScope'
import { NewOrganizationModal } from './NewOrganizationModal'
import { OrganizationBulkActions } from './OrganizationBulkActions'
import { defaultOrganizationColumns, organizationColumns } from './organizationColumns'
import { organizationRepo } from './organizationRepo'
import { usePartnerFilters } from './usePartnerFilters'
import { ExportButton } from '../exports/ExportButton'

const initial = {
  search: '',
  filters: {},
  sortBy: 'name',
  direction: 'asc' as const,
  columns: defaultOrganizationColumns,
}

/** Partner organizations as a table; the board shows the same by partnership stage. */
export function PartnersPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const columns = useMemo(() => organizationColumns(t, format), [t, format])
  const scope = useCampaignScope('campaignIds')

  return (
    <>
      <TableScreen
        entity="organizations"
        title={t('partners.title')}
        table={db.organizations}
        isEmpty={organizationRepo.isEmpty}
        columns={columns}
        initial={initial}
        filters={usePartnerFilters()}
        searchLabel={t('organizations.search')}
        newLabel={t('organizations.new')}
        onNew={() => setCreating(true)}
        empty={{ title: t('partners.emptyTitle'), body: t('partners.emptyBody') }}
        openPath={(id) => `/partners/${id}`}
        headerExtra={
          <SegmentedControl
            aria-label={t('partners.layout')}
            value="table"
            onChange={(value) => value === 'board' && void navigate('/partners/board')}
            data={[
              { value: 'table', label: t('partners.table') },
              { value: 'board', label: t('partners.board') },
            ]}
          />
        }
        scope={scope}
        toolbar={(table) => (
          <ExportButton
            entity="organizations"
            table={db.organizations}
            state={table}
            scope={scope}
          />
        )}
        bulkActions={(selected, clear) => (
          <OrganizationBulkActions selected={selected} onDone={clear} />
        )}
      />
      <NewOrganizationModal opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
