import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../shell/EmptyState'
import { PageHeader } from '../../shell/PageHeader'
import { PagePicker } from '../../shell/PagePicker'
import { ImportCSVButton } from './ImportCSVButton'
import { ImportRunsTable } from './ImportRunsTable'
import { importRunRepo } from './importRunRepo'

const PAGE_SIZE = 25

/** Every import, newest first, with what it did; each opens its own page. */
export function ImportsPage() {
  const { t } = useTranslation()
  const [page, setPage] = useState(1)
  const result = useLiveQuery(
    () =>
      importRunRepo.list({
        sortBy: 'startedAt',
        direction: 'desc',
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [page],
  )

  const header = (
    <PageHeader title={t('imports.title')} actions={result?.total ? <ImportCSVButton /> : null} />
  )
  if (!result) return header
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE))
  if (page > pages) {
    setPage(pages)
    return header
  }

  return (
    <>
      {header}
      {result.total === 0 ? (
        <EmptyState
          title={t('imports.emptyTitle')}
          body={t('imports.emptyBody')}
          action={<ImportCSVButton />}
        />
      ) : (
        <>
          <ImportRunsTable runs={result.items} />
          <PagePicker total={pages} value={page} onChange={setPage} />
        </>
      )}
    </>
  )
}
