import { Button, Grid, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowsExchange } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { ValidationError } from '../../db/repository'
import { EmptyState } from '../../shell/EmptyState'
import { NotFoundPage } from '../../shell/NotFoundPage'
import { PageHeader } from '../../shell/PageHeader'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { notifySaveFailed } from '../../storage/saveFailedNotice'
import { MergeFieldTable } from './MergeFieldTable'
import { MergePreview } from './MergePreview'
import { type DuplicateEntity, isDuplicateEntity } from './duplicateCandidate'
import { duplicateCandidateRepo } from './duplicateCandidateRepo'
import { duplicateMergeRepo } from './duplicateMergeRepo'
import { type MergeChoices, defaultChoices, mergedFields } from './mergeFields'
import { type DuplicateRecord, recordName } from './recordName'
import { staleQueues } from './staleQueues'

type Values = Record<string, unknown>

/** Why a merge was refused, in words: the fields the merged record would get wrong. */
function failureText(error: unknown, t: TFunction) {
  if (error instanceof ValidationError) {
    const fields = [...new Set(error.issues.map((issue) => issue.path.split('.')[0]!))]
    return t('duplicates.invalid', {
      fields: fields.map((field) => t(`duplicates.fields.${field}`)).join(', '),
    })
  }
  return error instanceof Error ? error.message : String(error)
}

/** `/duplicates/merge/:entity/:a/:b`: `a` is kept with the chosen values, `b` goes to the trash. */
export function MergePage() {
  const { entity, a, b } = useParams()
  if (!isDuplicateEntity(entity) || !a || !b || a === b) return <NotFoundPage />
  return <MergeScreen key={`${entity}/${a}/${b}`} entity={entity} keepId={a} dropId={b} />
}

function MergeScreen({
  entity,
  keepId,
  dropId,
}: {
  entity: DuplicateEntity
  keepId: string
  dropId: string
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const records = useLiveQuery(
    () => duplicateCandidateRepo.records(entity, [keepId, dropId]),
    [entity, keepId, dropId],
  )
  const moves = useLiveQuery(
    () => duplicateMergeRepo.linkedCounts(entity, dropId),
    [entity, dropId],
  )
  const [picked, setPicked] = useState<MergeChoices>({})
  const [saving, setSaving] = useState(false)
  const backTo = entity === 'organizations' ? '/duplicates?entity=organizations' : '/duplicates'

  if (!records) return null
  const kept = records.get(keepId)
  const other = records.get(dropId)
  if (!kept || !other) {
    // Just merged: the screen is on its way back to the queue.
    if (saving) return null
    return (
      <EmptyState
        title={t('duplicates.gone.title')}
        body={t('duplicates.gone.body')}
        action={
          <Button component={Link} to={backTo}>
            {t('duplicates.back')}
          </Button>
        }
      />
    )
  }

  const a = kept as unknown as Values
  const b = other as unknown as Values
  const choices = { ...defaultChoices(entity, a, b), ...picked }
  const result = mergedFields(entity, a, b, choices)
  const keptName = recordName(entity, kept)
  const otherName = recordName(entity, other)

  const merge = async () => {
    setSaving(true)
    try {
      const undo = await duplicateMergeRepo.merge(entity, keepId, dropId, result)
      navigate(backTo)
      notifyWithUndo({
        message: t('duplicates.merged', {
          other: otherName,
          kept: recordName(entity, { ...kept, ...result } as DuplicateRecord),
        }),
        undoLabel: t('common.undo'),
        onUndo: () =>
          duplicateMergeRepo.undo(undo).then(
            () => staleQueues.mark(entity),
            (error: unknown) =>
              notifications.show({
                color: 'red',
                message: t('duplicates.failed', { message: failureText(error, t) }),
              }),
          ),
      })
    } catch (error) {
      setSaving(false)
      notifySaveFailed(error, () => t('duplicates.mergeFailed', { message: failureText(error, t) }))
    }
  }

  return (
    <>
      <PageHeader
        title={t(`duplicates.mergeTitle.${entity}`)}
        actions={
          <Button
            variant="default"
            leftSection={<IconArrowsExchange size={16} />}
            onClick={() =>
              navigate(`/duplicates/merge/${entity}/${dropId}/${keepId}`, { replace: true })
            }
          >
            {t('duplicates.swap')}
          </Button>
        }
      />
      <Text c="dimmed" mb="lg" maw={760}>
        {t('duplicates.mergeIntro', { kept: keptName, other: otherName })}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <MergeFieldTable
            entity={entity}
            kept={kept}
            other={other}
            keptName={keptName}
            otherName={otherName}
            choices={choices}
            onChoose={(field, choice) => setPicked((current) => ({ ...current, [field]: choice }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <MergePreview
            entity={entity}
            kept={a}
            result={result}
            otherName={otherName}
            moves={moves}
            backTo={backTo}
            saving={saving}
            onMerge={() => void merge()}
          />
        </Grid.Col>
      </Grid>
    </>
  )
}
