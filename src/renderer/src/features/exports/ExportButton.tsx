import { Button } from '@mantine/core'
import { IconFileExport } from '@tabler/icons-react'
import type { Table } from 'dexie'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportEntity } from '../../../../shared/export'
import { exportIds } from '../../export/exportIds'
import type { TableScope } from '../../table/TableScreen'
import type { ReadSets } from '../../table/useTableRows'
import type { TableStateApi } from '../../table/useTableState'
import { exportRequests, type ExportSource } from './exportRequests'

type Props = {
  entity: ExportEntity
  table: Table<{ id: string }, string>
  state: TableStateApi
  scope?: TableScope
  readSets?: ReadSets
}

/**
 * Export CSV in a table's toolbar: the rows its search, filters and campaign scope keep, or its
 * selection. While the table is on screen, File > Export CSV… exports the same.
 */
export function ExportButton({ entity, table, state: api, scope, readSets }: Props) {
  const { t } = useTranslation()
  const { state, selected } = api
  const [scopeField, scopeValue] = [scope?.field, scope?.value]
  const source = useMemo<ExportSource>(() => {
    const query =
      scopeField && scopeValue
        ? { ...state, filters: { ...state.filters, [scopeField]: [scopeValue] } }
        : state
    const order = { sortBy: state.sortBy, direction: state.direction }
    return { entity, selected, order, viewIds: () => exportIds(table, query, readSets) }
  }, [entity, table, state, selected, scopeField, scopeValue, readSets])
  useEffect(() => exportRequests.register(source), [source])

  return (
    <Button
      variant="default"
      leftSection={<IconFileExport size={16} />}
      onClick={() => exportRequests.open(source)}
    >
      {t('exports.button')}
    </Button>
  )
}
