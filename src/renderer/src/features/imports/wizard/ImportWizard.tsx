import { Button, Group, Stepper } from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { ImportSettings } from '../../../../../shared/import/importSettings'
import { db } from '../../../db/db'
import { sourceFromFile } from '../../../import/importSource'
import type { ImportReview } from '../../../import/reviewImport'
import { PageHeader } from '../../../shell/PageHeader'
import { takeDroppedFile } from './droppedFile'
import { FileStep } from './FileStep'
import { MappingStep, missingRequired } from './MappingStep'
import { ReviewStep } from './ReviewStep'
import { RunStep } from './RunStep'
import { draftFor, readHead, withNameOrder, type WizardDraft } from './wizardDraft'

const noFixes: ReadonlyMap<number, string[]> = new Map()

/**
 * Import CSV: the file, the mapping, the review, the run. Nothing is written before the last
 * step; `?repeat=<run id>` starts from an earlier run's settings for a new file.
 */
export function ImportWizard() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [step, setStep] = useState(0)
  const [draft, setDraft] = useState<WizardDraft>()
  const [repeat, setRepeat] = useState<ImportSettings>()
  const [fixes, setFixes] = useState<ReadonlyMap<number, string[]>>(noFixes)
  const [review, setReview] = useState<ImportReview>()
  const [finished, setFinished] = useState(false)

  const repeatId = params.get('repeat')
  useEffect(() => {
    if (!repeatId) return
    void db.importRuns.get(repeatId).then((run) => run && setRepeat(run.settings as ImportSettings))
  }, [repeatId])

  const onDraft = useCallback(
    (next: WizardDraft | undefined) => {
      // A new file starts from the repeated run's settings, if any.
      const fresh =
        next && next.source !== draft?.source && repeat
          ? draftFor(next.source, next.head, repeat)
          : next
      setDraft(fresh && withNameOrder(fresh, i18n.language))
      setFixes(noFixes)
    },
    [draft?.source, repeat, i18n.language],
  )

  useEffect(() => {
    const dropped = takeDroppedFile()
    if (!dropped) return
    const source = sourceFromFile(dropped)
    void readHead(source).then((head) =>
      setDraft(withNameOrder(draftFor(source, head), i18n.language)),
    )
  }, [i18n.language])

  const onSettings = useCallback(
    (settings: ImportSettings) => setDraft((now) => now && { ...now, settings }),
    [],
  )
  const onReady = useCallback((ready: ImportReview | undefined) => setReview(ready), [])
  const onFinished = useCallback((done: boolean) => setFinished(done), [])

  // A run that would write nothing is not started: every row is unchanged, skipped or to fix.
  const writes =
    !!review &&
    Object.values(review.counts.byTable).some((table) => table.created + table.updated > 0)
  const canGo = [
    !!draft && !draft.sniff.notText && draft.headers.length > 0,
    !!draft && missingRequired(draft.settings).length === 0,
    writes,
    finished,
  ]

  return (
    <>
      <PageHeader title={t('imports.wizard.title')} />
      <Stepper
        active={step}
        onStepClick={(index) => index < step && step < 3 && setStep(index)}
        size="sm"
        mb="lg"
      >
        <Stepper.Step label={t('imports.wizard.file')}>
          <FileStep draft={draft} onDraft={onDraft} />
        </Stepper.Step>
        <Stepper.Step label={t('imports.wizard.mapping')}>
          {draft && <MappingStep draft={draft} onSettings={onSettings} />}
        </Stepper.Step>
        <Stepper.Step label={t('imports.wizard.review')}>
          {draft && step === 2 && (
            <ReviewStep
              draft={draft}
              fixes={fixes}
              onFixes={setFixes}
              onSettings={onSettings}
              onReady={onReady}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('imports.wizard.run')}>
          {draft && step === 3 && <RunStep draft={draft} fixes={fixes} onFinished={onFinished} />}
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button
          variant="default"
          disabled={step === 0 || step === 3}
          onClick={() => setStep(step - 1)}
        >
          {t('imports.wizard.back')}
        </Button>
        {step < 2 && (
          <Button disabled={!canGo[step]} onClick={() => setStep(step + 1)}>
            {t('imports.wizard.next')}
          </Button>
        )}
        {step === 2 && (
          <Button disabled={!canGo[2]} onClick={() => setStep(3)} data-testid="import-start">
            {!review
              ? t('imports.wizard.importPending')
              : writes
                ? t('imports.wizard.import', { count: review.counts.rows - review.counts.invalid })
                : t('imports.wizard.nothingToImport')}
          </Button>
        )}
        {step === 3 && (
          <Button disabled={!finished} onClick={() => void navigate('/imports')}>
            {t('imports.wizard.close')}
          </Button>
        )}
      </Group>
    </>
  )
}
