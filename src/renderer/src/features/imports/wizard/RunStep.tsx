import { Alert, Button, Group, Stack } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ImportRun } from '../../../../../shared/domain/importRun'
import { startRun } from '../../../import/importJob'
import { autoBackUp } from '../../backups/backupActions'
import { CountsSummary } from './CountsSummary'
import { JobFailureAlert } from './JobFailureAlert'
import { JobProgress } from './JobProgress'
import { useImportJob } from './useImportJob'
import type { WizardDraft } from './wizardDraft'

type RunStepProps = {
  draft: WizardDraft
  fixes: ReadonlyMap<number, string[]>
  onFinished: (finished: boolean) => void
}

// Once per run, even where React runs effects twice.
const backedUpRuns = new Set<string>()

/** Step 4: the import written in chunks, with its pace and Cancel; then what it did. */
export function RunStep({ draft, fixes, onFinished }: RunStepProps) {
  const { t } = useTranslation()
  const { job, start, cancel } = useImportJob<ImportRun>()
  const { source, settings, headers } = draft

  useEffect(() => {
    start((onProgress) => startRun({ source, settings, headers, fixes, onProgress }))
  }, [source, settings, headers, fixes, start])
  useEffect(
    () => onFinished(job.state === 'done' || job.state === 'stopped'),
    [job.state, onFinished],
  )
  // The run has committed: the workspace as it now is goes into the backups folder.
  const committedRun = job.state === 'done' ? job.value.id : undefined
  useEffect(() => {
    if (!committedRun || backedUpRuns.has(committedRun)) return
    backedUpRuns.add(committedRun)
    void autoBackUp('import')
  }, [committedRun])

  return (
    <Stack>
      {job.state === 'working' && <JobProgress progress={job.progress} onCancel={cancel} />}
      {job.state === 'stopped' && <JobFailureAlert failure={job.failure} />}
      {job.state === 'done' && (
        <>
          <Alert
            color="teal"
            title={t('imports.run.done', { name: job.value.fileName })}
            data-testid="import-done"
          >
            {t('imports.run.doneHint')}
          </Alert>
          <CountsSummary counts={job.value.counts} />
          <Group>
            <Button component={Link} to={`/imports/${job.value.id}`}>
              {t('imports.run.open')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  )
}
