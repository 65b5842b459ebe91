import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyWithUndo } from '../../../shell/notifyWithUndo'
import { organizationRepo } from '../organizationRepo'
import type { Stage } from './boardRepo'
import type { DraggedCard } from '../../../kanban/cardDrag'

/**
 * Moves an organization to another stage through its repository (validated, and recorded in
 * its timeline), then offers Undo. Resolves to whether it moved.
 */
export function useMoveToStage() {
  const { t } = useTranslation()

  return useCallback(
    async (card: DraggedCard<Stage>, stage: Stage): Promise<boolean> => {
      if (card.lane === stage) return false
      const stageLabel = t(`organizations.stage.${stage}`)
      try {
        await organizationRepo.update(card.id, { stage })
      } catch (error) {
        notifications.show({
          color: 'red',
          message: t('board.moveFailed', { name: card.name, message: (error as Error).message }),
        })
        return false
      }
      notifyWithUndo({
        message: t('board.moved', { name: card.name, stage: stageLabel }),
        undoLabel: t('common.undo'),
        onUndo: () =>
          organizationRepo.update(card.id, { stage: card.lane }).catch((error: Error) =>
            notifications.show({
              color: 'red',
              message: t('board.moveFailed', { name: card.name, message: error.message }),
            }),
          ),
      })
      return true
    },
    [t],
  )
}
