import { Anchor, Button, Group, Stack, Title } from '@mantine/core'
import { IconArrowBackUp, IconArrowLeft, IconList, IconRepeat } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { EmptyState } from '../../shell/EmptyState'
import { ImportRunCounts } from './ImportRunCounts'
import { ImportRunFacts } from './ImportRunFacts'
import { ImportRunMapping } from './ImportRunMapping'
import { ImportRunNotice } from './ImportRunNotice'
import { ImportRunRecordsModal } from './ImportRunRecordsModal'
import { ImportRunSettings } from './ImportRunSettings'
import { ImportStatusBadge } from './ImportStatusBadge'
import { UndoImportModal } from './UndoImportModal'
import { importRunRepo } from './importRunRepo'

/** One import: the file, how it was read and mapped, what it did, and Undo, Repeat, its records. */
export function ImportRunPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState<'undo' | 'records' | null>(null)
  // null once it is known that there is no such run; undefined while reading.
  const run = useLiveQuery(async () => (await importRunRepo.get(id)) ?? null, [id])

  if (run === undefined) return null
  if (run === null)
    return (
      <EmptyState
        title={t('imports.runPage.notFound')}
        body={t('imports.runPage.notFoundBody')}
        action={
          <Button component={Link} to="/imports">
            {t('imports.runPage.backToList')}
          </Button>
        }
      />
    )

  const committed = run.status === 'committed'
  return (
    <Stack>
      <Anchor component={Link} to="/imports" size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('imports.title')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" miw={0}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {run.fileName}
          </Title>
          <ImportStatusBadge status={run.status} />
        </Group>
        <Group gap="xs">
          {committed && (
            <Button
              variant="default"
              leftSection={<IconList size={16} />}
              onClick={() => setOpen('records')}
            >
              {t('imports.runPage.openRecords')}
            </Button>
          )}
          {run.status !== 'running' && (
            <Button
              variant="default"
              leftSection={<IconRepeat size={16} />}
              onClick={() => void navigate(`/imports/new?repeat=${encodeURIComponent(run.id)}`)}
            >
              {t('imports.runPage.repeat')}
            </Button>
          )}
          {committed && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => setOpen('undo')}
            >
              {t('imports.runPage.undo')}
            </Button>
          )}
        </Group>
      </Group>
      <ImportRunNotice run={run} />
      <ImportRunFacts run={run} />
      <ImportRunCounts run={run} />
      <ImportRunSettings run={run} />
      <ImportRunMapping run={run} />
      <UndoImportModal run={run} opened={open === 'undo'} onClose={() => setOpen(null)} />
      <ImportRunRecordsModal run={run} opened={open === 'records'} onClose={() => setOpen(null)} />
    </Stack>
  )
}
