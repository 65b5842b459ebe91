import { Button, Group, Popover, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyWithUndo } from '../shell/notifyWithUndo'
import { BulkBar } from './BulkBar'

type TaggedRepo = {
  updateMany: (
    ids: readonly string[],
    patchOf: (record: { tags: string[] }) => { tags: string[] },
  ) => Promise<unknown>
  softDelete: (ids: readonly string[]) => Promise<number>
  restore: (ids: readonly string[]) => Promise<number>
}

type BulkRecordActionsProps = {
  repo: TaggedRepo
  selected: ReadonlySet<string>
  onDone: () => void
  children?: ReactNode
}

/** Tag or trash the selected records at once; trashing can be undone. */
export function BulkRecordActions({ repo, selected, onDone, children }: BulkRecordActionsProps) {
  const { t } = useTranslation()
  const [tag, setTag] = useState('')
  const ids = [...selected]

  const addTag = async () => {
    const value = tag.trim()
    if (!value) return
    await repo.updateMany(ids, (record) => ({
      tags: record.tags.includes(value) ? record.tags : [...record.tags, value],
    }))
    notifications.show({
      color: 'green',
      message: t('table.bulkTagged', { count: ids.length, tag: value }),
    })
    setTag('')
  }

  const trash = async () => {
    await repo.softDelete(ids)
    onDone()
    notifyWithUndo({
      message: t('table.bulkDeleted', { count: ids.length }),
      undoLabel: t('common.undo'),
      onUndo: () => repo.restore(ids),
    })
  }

  return (
    <BulkBar count={selected.size} onClear={onDone}>
      <Popover trapFocus position="bottom-start">
        <Popover.Target>
          <Button size="xs" variant="default">
            {t('table.addTag')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Group gap="xs">
            <TextInput
              size="xs"
              aria-label={t('table.tagName')}
              placeholder={t('table.tagName')}
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && void addTag()}
            />
            <Button size="xs" onClick={() => void addTag()}>
              {t('common.save')}
            </Button>
          </Group>
        </Popover.Dropdown>
      </Popover>
      {children}
      <Button size="xs" color="red" variant="light" onClick={() => void trash()}>
        {t('common.delete')}
      </Button>
    </BulkBar>
  )
}
