import { Alert, Button, Group, Radio, Stack, Text, Title } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  duplicatePolicies,
  IGNORE_COLUMN,
  type DuplicatePolicy,
  type ImportSettings,
} from '../../../../../shared/import/importSettings'
import type { ChoiceTally } from '../../../../../shared/import/tallyChoices'
import { saveTextFile } from '../../../files/saveTextFile'
import { startReview } from '../../../import/importJob'
import type { ImportReview } from '../../../import/reviewImport'
import { ClockChangeRows } from './ClockChangeRows'
import { CountsSummary } from './CountsSummary'
import { issueMessage } from './issueMessage'
import { JobFailureAlert } from './JobFailureAlert'
import { JobProgress } from './JobProgress'
import { MappingPresets } from './MappingPresets'
import { NewLinksList } from './NewLinksList'
import { ProblemRows } from './ProblemRows'
import { problemRowsCsv } from './problemRowsCsv'
import { RowWarnings } from './RowWarnings'
import { UpdatedRecords } from './UpdatedRecords'
import { useImportJob } from './useImportJob'
import { ValueMapping } from './ValueMapping'
import type { WizardDraft } from './wizardDraft'

type ReviewStepProps = {
  draft: WizardDraft
  fixes: ReadonlyMap<number, string[]>
  onFixes: (fixes: Map<number, string[]>) => void
  onSettings: (settings: ImportSettings) => void
  /** The review when it is done and the file can be imported, else undefined. */
  onReady: (review: ImportReview | undefined) => void
}

/** Step 3: every row checked and matched before anything is written; fix, skip or download. */
export function ReviewStep({ draft, fixes, onFixes, onSettings, onReady }: ReviewStepProps) {
  const { t } = useTranslation()
  const { job, start, cancel } = useImportJob<ImportReview>()
  const { settings, headers, source } = draft

  useEffect(() => {
    onReady(undefined)
    start((onProgress) => startReview({ source, settings, headers, fixes, onProgress }))
  }, [source, settings, headers, fixes, start, onReady])

  const review = job.state === 'done' ? job.value : undefined
  useEffect(() => {
    if (review) onReady(review.report.fatal ? undefined : review)
  }, [review, onReady])
  // The values stay on screen while a change of one is checked again, so nothing moves.
  const [choices, setChoices] = useState<{ of?: ImportReview; values: ChoiceTally[] }>({
    values: [],
  })
  if (review && review !== choices.of) setChoices({ of: review, values: review.choices })

  const fatal = review?.report.errors.filter((issue) => issue.severity === 'fatal') ?? []
  // What the reader noticed in the file itself (ragged rows, stray quotes): said, not blocking.
  const warnings = review?.report.errors.filter((issue) => issue.severity !== 'fatal') ?? []
  // Metrics or screenings the file names could be made, once the file's campaign is given.
  const unplaced =
    settings.entity === 'metricEntries' &&
    !settings.columns.includes('campaign') &&
    !settings.defaults['campaign']?.trim() &&
    !!review?.problems.some((problem) =>
      problem.issues.some((issue) => issue.code === 'unknownLink'),
    )
  const mapped = settings.columns.flatMap((target, column) =>
    target !== IGNORE_COLUMN ? [column] : [],
  )

  return (
    <Stack>
      <Radio.Group
        label={t('imports.policy.label')}
        description={t('imports.policy.description')}
        value={settings.policy}
        onChange={(value) => onSettings({ ...settings, policy: value as DuplicatePolicy })}
      >
        <Stack gap={6} mt="xs">
          {duplicatePolicies.map((policy) => (
            <Radio
              key={policy}
              value={policy}
              label={t(`imports.policy.${policy}`)}
              description={t(`imports.policy.${policy}Hint`)}
            />
          ))}
        </Stack>
      </Radio.Group>

      <ValueMapping choices={choices.values} settings={settings} onSettings={onSettings} />
      {settings.valueMap && <MappingPresets draft={draft} onSettings={onSettings} saveOnly />}

      {job.state === 'working' && <JobProgress progress={job.progress} onCancel={cancel} />}
      {job.state === 'stopped' && <JobFailureAlert failure={job.failure} />}
      {review && (
        <>
          {fatal.length > 0 && (
            <Alert color="red" title={t('imports.review.cannotImport')} data-testid="import-fatal">
              {fatal.map((issue, index) => (
                <Text key={index} size="sm">
                  {issue.row ? `${t('imports.review.row', { row: issue.row })}: ` : ''}
                  {issueMessage(t, issue)}
                </Text>
              ))}
            </Alert>
          )}
          {fatal.length === 0 && <CountsSummary counts={review.counts} />}
          {fatal.length === 0 &&
            (review.newLinks.metrics.length > 0 ||
              review.newLinks.screenings.length > 0 ||
              settings.createLinked === false) && (
              <NewLinksList
                links={review.newLinks}
                create={settings.createLinked !== false}
                onCreate={(create) => onSettings({ ...settings, createLinked: create })}
              />
            )}
          {fatal.length === 0 && unplaced && (
            <Alert color="orange" data-testid="import-needs-campaign">
              {t('imports.review.newLinks.noCampaign')}
            </Alert>
          )}
          {fatal.length === 0 && review.clockChanges.length > 0 && (
            <ClockChangeRows
              rows={review.clockChanges}
              onChoose={(row, choice) =>
                onSettings({
                  ...settings,
                  clockChoices: { ...settings.clockChoices, [row]: choice },
                })
              }
            />
          )}
          {fatal.length === 0 && <RowWarnings rows={review.rowWarnings} />}
          {warnings.length > 0 && (
            <Alert color="yellow" data-testid="import-warnings">
              {warnings.slice(0, 8).map((issue, index) => (
                <Text key={index} size="sm">
                  {issue.row ? `${t('imports.review.row', { row: issue.row })}: ` : ''}
                  {issueMessage(t, issue)}
                </Text>
              ))}
              {warnings.length > 8 && (
                <Text size="sm" c="dimmed">
                  {t('imports.review.moreNotes', { count: warnings.length - 8 })}
                </Text>
              )}
            </Alert>
          )}
          {fatal.length === 0 && review.problems.length > 0 && (
            <>
              <Group justify="space-between">
                <Title order={4}>
                  {t('imports.review.problems', { count: review.counts.invalid })}
                </Title>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconDownload size={14} />}
                  onClick={() =>
                    void saveTextFile(
                      t('imports.review.problemsFileName', {
                        name: source.name.replace(/\.[^.]+$/, ''),
                      }),
                      problemRowsCsv(t, headers, review.problems),
                    )
                  }
                >
                  {t('imports.review.download')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                {t('imports.review.problemsHint')}
              </Text>
              <ProblemRows
                key={JSON.stringify([...fixes.keys()])}
                problems={review.problems}
                headers={headers}
                mapped={mapped}
                fixes={fixes}
                onFix={onFixes}
              />
            </>
          )}
          {fatal.length === 0 && (
            <UpdatedRecords updates={review.updates.listed} total={review.updates.total} />
          )}
        </>
      )}
    </Stack>
  )
}
