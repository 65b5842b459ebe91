import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import type { TrashItem, TrashKind } from './trashKinds'

/** Restore (with Undo, which sends the records back) and purge for one kind of record. */
export function useTrashActions(kind: TrashKind) {
  const { t } = useTranslation()

  const failed = useCallback(
    (error: unknown) =>
      notifications.show({
        color: 'red',
        message: t('trash.failed', { message: (error as Error).message }),
      }),
    [t],
  )

  const restore = useCallback(
    async (items: TrashItem[]) => {
      const ids = items.map((item) => item.id)
      try {
        await kind.restore(ids)
      } catch (error) {
        failed(error)
        return
      }
      notifyWithUndo({
        message:
          items.length === 1
            ? t('trash.restoredOne', { name: items[0]!.name || t('trash.untitled') })
            : t('trash.restoredMany', { count: items.length }),
        undoLabel: t('common.undo'),
        onUndo: () => kind.trashAgain(ids).catch(failed),
      })
    },
    [kind, t, failed],
  )

  const purge = useCallback(
    async (items: TrashItem[]) => {
      try {
        await kind.purge(items.map((item) => item.id))
      } catch (error) {
        failed(error)
        return
      }
      notifications.show({
        message:
          items.length === 1
            ? t('trash.purgedOne', { name: items[0]!.name || t('trash.untitled') })
            : t('trash.purgedMany', { count: items.length }),
      })
    },
    [t, failed, kind],
  )

  return { restore, purge }
}
