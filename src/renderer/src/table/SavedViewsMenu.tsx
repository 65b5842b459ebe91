import { ActionIcon, Button, Group, Menu, Modal, Stack, TextInput } from '@mantine/core'
import { IconBookmark, IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedView } from '../../../shared/domain/savedView'
import { db } from '../db/db'
import { savedViewRepo } from '../features/views/savedViewRepo'
import type { TableState } from './useTableState'

type SavedViewsMenuProps = {
  entity: SavedView['entity']
  state: TableState
  onApply: (view: SavedView) => void
}

/** Named views of a table (search, filters, sort, columns), saved in the workspace. */
export function SavedViewsMenu({ entity, state, onApply }: SavedViewsMenuProps) {
  const { t } = useTranslation()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const views = useLiveQuery(
    () =>
      db.savedViews
        .where('entity')
        .equals(entity)
        .filter((view) => view.deletedAt === '')
        .sortBy('name'),
    [entity],
  )

  const save = async () => {
    if (!name.trim()) return
    const filters = Object.fromEntries(
      Object.entries(state.filters).map(([field, values]) => [field, [...values]]),
    )
    await savedViewRepo.create({ entity, name, ...state, filters })
    setName('')
    setNaming(false)
  }

  return (
    <>
      <Menu position="bottom-end" width={260}>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />}>
            {t('table.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views?.length === 0 && <Menu.Label>{t('table.noViews')}</Menu.Label>}
          {views?.map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => onApply(view)}
              rightSection={
                <ActionIcon
                  component="span"
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('table.deleteView', { name: view.name })}
                  onClick={(event) => {
                    event.stopPropagation()
                    void savedViewRepo.softDelete(view.id)
                  }}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              }
            >
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setNaming(true)}>{t('table.saveView')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('table.saveView')}>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <Stack>
            <TextInput
              label={t('table.viewName')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={name.trim() === ''}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
