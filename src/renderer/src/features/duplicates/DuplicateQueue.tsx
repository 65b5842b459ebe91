import { Alert, Button, Group, Loader, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRefresh } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useLocale } from '../../i18n/useLocale'
import { EmptyState } from '../../shell/EmptyState'
import { PagePicker } from '../../shell/PagePicker'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { SuggestionCard } from './SuggestionCard'
import type { DuplicateCandidate, DuplicateEntity } from './duplicateCandidate'
import { MAX_SUGGESTIONS, duplicateCandidateRepo } from './duplicateCandidateRepo'
import { duplicateDismissalRepo } from './duplicateDismissalRepo'
import { type DuplicateRecord, recordName } from './recordName'
import { useDuplicateQueue } from './useDuplicateQueue'

const PAGE_SIZE = 50

/** Older record first: it is the one kept unless the person swaps them on the merge screen. */
const inOrder = (a: DuplicateRecord, b: DuplicateRecord) =>
  a.createdAt <= b.createdAt ? ([a, b] as const) : ([b, a] as const)

export function DuplicateQueue({ entity }: { entity: DuplicateEntity }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const navigate = useNavigate()
  const queue = useDuplicateQueue(entity)
  const [page, setPage] = useState(1)
  const total = queue.candidates?.length ?? 0
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(page, pages)
  const shown = useMemo(
    () => queue.candidates?.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE) ?? [],
    [queue.candidates, current],
  )
  // Live, so a pair whose record was merged or trashed meanwhile drops out before the rescan.
  const records = useLiveQuery(
    () =>
      duplicateCandidateRepo.records(
        entity,
        shown.flatMap((c) => [c.a, c.b]),
      ),
    [entity, shown],
  )

  const dismiss = async (candidate: DuplicateCandidate, names: [string, string]) => {
    queue.hide(candidate.pair)
    try {
      const dismissal = await duplicateDismissalRepo.dismiss(entity, candidate.a, candidate.b)
      notifyWithUndo({
        message: t('duplicates.dismissed', { a: names[0], b: names[1] }),
        undoLabel: t('common.undo'),
        onUndo: async () => {
          await duplicateDismissalRepo.softDelete(dismissal.id)
          await duplicateDismissalRepo.purge(dismissal.id)
          queue.unhide(candidate.pair)
        },
      })
    } catch (error) {
      queue.unhide(candidate.pair)
      notifications.show({
        color: 'red',
        message: t('duplicates.failed', { message: (error as Error).message }),
      })
    }
  }

  if (queue.error) {
    return (
      <Alert color="red" title={t('duplicates.scanFailed')}>
        {queue.error.message}
      </Alert>
    )
  }
  if (!queue.candidates && queue.stopped) {
    return (
      <EmptyState
        title={t('duplicates.stoppedTitle')}
        body={t('duplicates.stoppedBody')}
        action={<Button onClick={queue.rescan}>{t('duplicates.scanAgain')}</Button>}
      />
    )
  }
  if (!queue.candidates) {
    return (
      <Stack gap="sm" py="xl" maw={480} mx="auto" role="status">
        <Group justify="space-between">
          <Text c="dimmed">{t('duplicates.scanning')}</Text>
          <Button variant="default" size="xs" onClick={queue.stop}>
            {t('duplicates.stop')}
          </Button>
        </Group>
        <Progress value={queue.progress * 100} aria-label={t('duplicates.scanning')} />
      </Stack>
    )
  }
  if (total === 0 && !queue.scanning) {
    return (
      <EmptyState title={t('duplicates.emptyTitle')} body={t(`duplicates.emptyBody.${entity}`)} />
    )
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text fw={500} data-testid="duplicates-count">
          {total >= MAX_SUGGESTIONS
            ? t('duplicates.countCapped', { limit: format.number(MAX_SUGGESTIONS) })
            : t('duplicates.count', { count: total, formatted: format.number(total) })}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={queue.scanning ? <Loader size={14} /> : <IconRefresh size={14} />}
          disabled={queue.scanning}
          onClick={queue.rescan}
        >
          {queue.scanning ? t('duplicates.updating') : t('duplicates.scanAgain')}
        </Button>
      </Group>
      {shown.map((candidate) => {
        const a = records?.get(candidate.a)
        const b = records?.get(candidate.b)
        if (!a || !b) return null
        const [first, second] = inOrder(a, b)
        const names: [string, string] = [recordName(entity, first), recordName(entity, second)]
        return (
          <SuggestionCard
            key={candidate.pair}
            entity={entity}
            candidate={candidate}
            first={first}
            second={second}
            onMerge={() => navigate(`/duplicates/merge/${entity}/${first.id}/${second.id}`)}
            onDismiss={() => void dismiss(candidate, names)}
          />
        )
      })}
      <PagePicker total={pages} value={current} onChange={setPage} />
    </Stack>
  )
}
