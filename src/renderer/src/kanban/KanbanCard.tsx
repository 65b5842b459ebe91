import { ActionIcon, Anchor, Box, Group, Menu, Paper } from '@mantine/core'
import { IconArrowsExchange, IconCheck } from '@tabler/icons-react'
import { type MouseEvent, memo, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { DraggedCard } from './cardDrag'
import type { KanbanItem, KanbanSpec } from './kanban'

type KanbanCardProps<T extends KanbanItem, L extends string> = {
  spec: KanbanSpec<T, L>
  item: T
  dragged: boolean
  onDragStart: (card: DraggedCard<L>) => void
  onDragEnd: () => void
  onMove: (card: DraggedCard<L>, lane: L) => void
  /** Set after a keyboard move, so focus follows the card into its new column. */
  focusRequested: boolean
  onFocused: () => void
}

/**
 * One card: its name links to the record, the whole card opens it, it drags to another column,
 * and "Move to…" does the same from the keyboard. Memoised: a drag starting or ending re-renders
 * the board, and with hundreds of cards on screen only the cards that changed may render again.
 */
function KanbanCardView<T extends KanbanItem, L extends string>(props: KanbanCardProps<T, L>) {
  const { spec, item, dragged, onDragStart, onDragEnd, onMove, focusRequested, onFocused } = props
  const { t } = useTranslation()
  const navigate = useNavigate()
  const moveButton = useRef<HTMLButtonElement>(null)
  const name = spec.nameOf(item)
  const lane = spec.laneOf(item)
  const card: DraggedCard<L> = { id: item.id, name, lane }
  const path = spec.pathOf(item)

  useEffect(() => {
    if (!focusRequested) return
    moveButton.current?.focus()
    onFocused()
  }, [focusRequested, onFocused])

  const open = (event: MouseEvent) => {
    // The name is a link of its own; the rest of the card is a larger target for the same page.
    if ((event.target as HTMLElement).closest('a')) return
    void navigate(path)
  }

  return (
    <Paper
      withBorder
      shadow="xs"
      p="sm"
      radius="md"
      draggable
      data-testid={`${spec.kind}-card`}
      data-id={item.id}
      aria-label={name}
      role="group"
      onClick={open}
      onDragStart={(event) => {
        spec.drag.write(event.dataTransfer, card)
        onDragStart(card)
      }}
      onDragEnd={onDragEnd}
      style={{ cursor: 'grab', opacity: dragged ? 0.5 : 1 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Anchor
          component={Link}
          to={path}
          draggable={false}
          fw={600}
          size="sm"
          c="var(--mantine-color-text)"
          lineClamp={2}
          dir="auto"
          style={{ wordBreak: 'break-word' }}
        >
          {name}
        </Anchor>
        {/* Events from the menu's portal bubble through React to the card: keep them here. */}
        <Box onClick={(event) => event.stopPropagation()}>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                ref={moveButton}
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t(`${spec.kind}.moveTo`, { name })}
              >
                <IconArrowsExchange size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t(`${spec.kind}.moveToLabel`)}</Menu.Label>
              {spec.lanes.map((target) => (
                <Menu.Item
                  key={target}
                  disabled={target === lane}
                  leftSection={target === lane ? <IconCheck size={14} /> : null}
                  onClick={() => onMove(card, target)}
                >
                  {spec.laneLabel(target)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Box>
      </Group>
      {spec.details(item)}
    </Paper>
  )
}

// Reads hand back new objects on every change; the same record shows the same card.
function sameCard<T extends KanbanItem, L extends string>(
  before: KanbanCardProps<T, L>,
  after: KanbanCardProps<T, L>,
) {
  const same = before.spec.same ?? ((a: T, b: T) => a.updatedAt === b.updatedAt)
  return (
    before.spec === after.spec &&
    before.item.id === after.item.id &&
    same(before.item, after.item) &&
    before.dragged === after.dragged &&
    before.focusRequested === after.focusRequested &&
    before.onDragStart === after.onDragStart &&
    before.onDragEnd === after.onDragEnd &&
    before.onMove === after.onMove &&
    before.onFocused === after.onFocused
  )
}

export const KanbanCard = memo(KanbanCardView, sameCard) as typeof KanbanCardView
