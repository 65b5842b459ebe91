import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
  useComputedColorScheme,
} from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { type DragEvent, useCallback, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '../i18n/useLocale'
import type { DraggedCard } from './cardDrag'
import { KanbanCard } from './KanbanCard'
import type { KanbanItem, KanbanSpec } from './kanban'

/** Cards a column reads at first and adds with each "Show more". */
export const COLUMN_PAGE = 50

type KanbanColumnProps<T extends KanbanItem, L extends string> = {
  spec: KanbanSpec<T, L>
  lane: L
  dragging: DraggedCard<L> | null
  onDragStart: (card: DraggedCard<L>) => void
  onDragEnd: () => void
  onMove: (card: DraggedCard<L>, lane: L, how: 'drag' | 'keyboard') => void
  focusId: string | null
  onFocused: () => void
}

/** One lane: its name and count, its first cards, "Show more", and a drop target. */
export function KanbanColumn<T extends KanbanItem, L extends string>(
  props: KanbanColumnProps<T, L>,
) {
  const { spec, lane, dragging, onDragStart, onDragEnd, onMove, focusId, onFocused } = props
  const { t } = useTranslation()
  const { format } = useLocale()
  const headingId = useId()
  const [limit, setLimit] = useState(COLUMN_PAGE)
  const [over, setOver] = useState(false)
  const column = useLiveQuery(() => spec.read(lane, limit), [spec, lane, limit])
  const scheme = useComputedColorScheme('light')
  const moveByKeyboard = useCallback(
    (card: DraggedCard<L>, target: L) => onMove(card, target, 'keyboard'),
    [onMove],
  )
  const accepts = dragging !== null && dragging.lane !== lane
  const color = spec.laneColor?.(lane)

  const dragOver = (event: DragEvent) => {
    if (!spec.drag.carries(event.dataTransfer)) return
    // Allowing the drop is what preventDefault means during dragover.
    event.preventDefault()
    event.dataTransfer.dropEffect = accepts ? 'move' : 'none'
    if (accepts && !over) setOver(true)
  }

  const dragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false)
  }

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const card = spec.drag.read(event.dataTransfer) as DraggedCard<L> | null
    if (card && card.lane !== lane) onMove(card, lane, 'drag')
  }

  const total = column?.total ?? 0
  const items = column?.items ?? []

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      data-lane={lane}
      data-testid={`${spec.kind}-column`}
      radius="md"
      p="xs"
      w={272}
      bg={
        over
          ? 'var(--mantine-primary-color-light)'
          : scheme === 'dark'
            ? 'var(--mantine-color-dark-8)'
            : 'var(--mantine-color-gray-1)'
      }
      style={{
        flex: '0 0 auto',
        display: 'flex',
        flexDirection: 'column',
        borderBlockStart: color ? `3px solid var(--mantine-color-${color}-filled)` : undefined,
        outline: over ? '2px dashed var(--mantine-primary-color-filled)' : undefined,
        outlineOffset: -2,
        transition: 'background-color 120ms',
      }}
      onDragOver={dragOver}
      onDragLeave={dragLeave}
      onDrop={drop}
    >
      <Group justify="space-between" wrap="nowrap" px={4} pb="xs">
        <Title order={3} size="h6" id={headingId}>
          {spec.laneLabel(lane)}
        </Title>
        <Badge
          variant={color ? 'light' : 'default'}
          color={color}
          data-testid="column-count"
          aria-label={t(`${spec.kind}.count`, { count: total })}
        >
          {format.number(total)}
        </Badge>
      </Group>
      <ScrollArea.Autosize mah="calc(100dvh - 250px)" type="auto" offsetScrollbars="present">
        <Stack gap="xs" p={2}>
          {column && items.length === 0 && (
            <Box
              p="md"
              style={{
                border: '1px dashed var(--mantine-color-default-border)',
                borderRadius: 'var(--mantine-radius-md)',
              }}
            >
              <Text size="sm" c="dimmed" ta="center">
                {accepts ? t(`${spec.kind}.dropHere`) : t(`${spec.kind}.columnEmpty`)}
              </Text>
            </Box>
          )}
          {items.map((item) => (
            <KanbanCard
              key={item.id}
              spec={spec}
              item={item}
              dragged={dragging?.id === item.id}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onMove={moveByKeyboard}
              focusRequested={focusId === item.id}
              onFocused={onFocused}
            />
          ))}
          {items.length < total && (
            <Button variant="subtle" size="xs" onClick={() => setLimit((n) => n + COLUMN_PAGE)}>
              {t(`${spec.kind}.showMore`, {
                shown: format.number(items.length),
                total: format.number(total),
              })}
            </Button>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  )
}
