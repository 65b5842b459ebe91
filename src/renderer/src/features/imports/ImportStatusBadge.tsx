import { Badge, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportRun } from '../../../../shared/domain/importRun'

const colors: Record<ImportRun['status'], string> = {
  running: 'blue',
  committed: 'teal',
  cancelled: 'gray',
  failed: 'red',
  undone: 'orange',
}

/** Where a run stands, in a word and a colour that reads in both themes. */
export function ImportStatusBadge({ status }: { status: ImportRun['status'] }) {
  const { t } = useTranslation()
  return (
    <Badge
      variant="light"
      color={colors[status]}
      tt="none"
      // A badge's label may shrink to an ellipsis; a status is short and must be read whole.
      miw="max-content"
      leftSection={status === 'running' ? <Loader size={10} color="blue" /> : undefined}
      data-testid="import-status"
    >
      {t(`imports.runStatus.${status}`)}
    </Badge>
  )
}
