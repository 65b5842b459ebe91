import { Button, Checkbox, Group, Paper, Table, Text } from '@mantine/core'
import { IconArrowBackUp, IconTrashX } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '../../i18n/useLocale'
import { ConfirmPurgeModal } from './ConfirmPurgeModal'
import { pageSelection } from './pageSelection'
import type { TrashItem, TrashKind } from './trashKinds'
import { useTrashActions } from './useTrashActions'
import { PagePicker } from '../../shell/PagePicker'

const PAGE_SIZE = 25

/** One kind of record in the trash, newest first, a page at a time, with its actions. */
export function TrashTable({ kind }: { kind: TrashKind }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const { restore, purge } = useTrashActions(kind)
  const [page, setPage] = useState(1)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [confirming, setConfirming] = useState<TrashItem[] | null>(null)
  const result = useLiveQuery(
    () => kind.list({ offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [kind, page],
  )

  if (!result) return null
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE))
  // The last page emptied (restored or purged): show the page that is now last.
  if (page > pages) {
    setPage(pages)
    return null
  }
  if (result.total === 0) {
    return (
      <Text c="dimmed" ta="center" py="xl" data-testid="trash-kind-empty">
        {t('trash.kindEmpty', { kind: t(`nav.${kind.key}`) })}
      </Text>
    )
  }

  const items = result.items
  const selection = pageSelection(
    selected,
    items.map((item) => item.id),
  )
  const chosen = items.filter((item) => selection.ids.includes(item.id))
  const nameOf = (item: TrashItem) => item.name || t('trash.untitled')

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const toggleAll = () =>
    setSelected(selection.all ? new Set() : new Set(items.map((item) => item.id)))

  const restoreItems = async (list: TrashItem[]) => {
    await restore(list)
    setSelected(new Set())
  }
  const purgeConfirmed = async () => {
    const list = confirming ?? []
    setConfirming(null)
    await purge(list)
    setSelected(new Set())
  }

  return (
    <>
      <Paper withBorder p="xs" mb="sm" radius="md" aria-live="polite">
        <Group justify="space-between" wrap="nowrap" mih={30}>
          <Text size="sm" c={selection.ids.length ? undefined : 'dimmed'} px="xs">
            {selection.ids.length
              ? t('trash.selected', { count: selection.ids.length })
              : t('trash.selectHint')}
          </Text>
          {selection.ids.length > 0 && (
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={() => void restoreItems(chosen)}
              >
                {t('trash.restoreSelected')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconTrashX size={14} />}
                onClick={() => setConfirming(chosen)}
              >
                {t('trash.deleteSelected')}
              </Button>
            </Group>
          )}
        </Group>
      </Paper>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        aria-label={t('trash.tableLabel', { kind: t(`nav.${kind.key}`) })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('trash.selectAll')}
                checked={selection.all}
                indeterminate={selection.some}
                onChange={toggleAll}
              />
            </Table.Th>
            <Table.Th>{t('trash.columns.name')}</Table.Th>
            <Table.Th>{t('trash.columns.deletedAt')}</Table.Th>
            <Table.Th aria-label={t('trash.columns.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Checkbox
                  aria-label={t('trash.select', { name: nameOf(item) })}
                  checked={selected.has(item.id)}
                  onChange={() => toggle(item.id)}
                />
              </Table.Td>
              <Table.Td>
                <Text fw={500} fs={item.name ? undefined : 'italic'}>
                  {nameOf(item)}
                </Text>
                {item.detail && (
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {item.detail}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.dateTime(item.deletedAt)}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconArrowBackUp size={14} />}
                    aria-label={t('trash.restoreNamed', { name: nameOf(item) })}
                    onClick={() => void restoreItems([item])}
                  >
                    {t('trash.restore')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrashX size={14} />}
                    aria-label={t('trash.deleteForeverNamed', { name: nameOf(item) })}
                    onClick={() => setConfirming([item])}
                  >
                    {t('trash.deleteForever')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PagePicker
        total={pages}
        value={page}
        onChange={(next) => {
          setPage(next)
          setSelected(new Set())
        }}
      />
      <ConfirmPurgeModal
        names={confirming?.map(nameOf) ?? null}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void purgeConfirmed()}
      />
    </>
  )
}
