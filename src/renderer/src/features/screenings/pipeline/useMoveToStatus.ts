import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyWithUndo } from '../../../shell/notifyWithUndo'
import { screeningRepo } from '../screeningRepo'
import { statusChange } from './pipelineOrder'
import type { Status } from './pipelineRepo'
import type { DraggedCard } from '../../../kanban/cardDrag'

/**
 * Moves a screening to another status through its repository, adding the move to its status
 * history, then offers Undo, which puts back both the status and the history as they were.
 * Resolves to whether it moved.
 */
export function useMoveToStatus() {
  const { t } = useTranslation()

  return useCallback(
    async (card: DraggedCard<Status>, status: Status): Promise<boolean> => {
      if (card.lane === status) return false
      const failed = (error: Error) =>
        notifications.show({
          color: 'red',
          message: t('pipeline.moveFailed', { name: card.name, message: error.message }),
        })
      let before: Awaited<ReturnType<typeof screeningRepo.get>>
      try {
        before = await screeningRepo.get(card.id)
        if (!before) throw new Error(t('notFound.title'))
        await screeningRepo.update(card.id, statusChange(before, status, new Date().toISOString()))
      } catch (error) {
        failed(error as Error)
        return false
      }
      const { status: oldStatus, statusHistory: oldHistory } = before
      notifyWithUndo({
        message: t('pipeline.moved', {
          name: card.name,
          status: t(`screenings.status.${status}`),
        }),
        undoLabel: t('common.undo'),
        onUndo: () =>
          screeningRepo
            .update(card.id, { status: oldStatus, statusHistory: oldHistory })
            .catch(failed),
      })
      return true
    },
    [t],
  )
}
