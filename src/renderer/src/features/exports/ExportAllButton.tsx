import { Button } from '@mantine/core'
import { IconFileExport } from '@tabler/icons-react'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportEntity } from '../../../../shared/export'
import { exportAllIds, exportAllOrder } from './exportAllIds'
import { exportRequests, type ExportSource } from './exportRequests'

/**
 * Export CSV for a screen that lists records without a table's search, filters or selection
 * (campaigns): every live record, in the chooser's order. While the screen is shown, File >
 * Export CSV… exports the same.
 */
export function ExportAllButton({ entity }: { entity: ExportEntity }) {
  const { t } = useTranslation()
  const source = useMemo<ExportSource>(
    () => ({ entity, order: exportAllOrder(entity), viewIds: () => exportAllIds(entity) }),
    [entity],
  )
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
