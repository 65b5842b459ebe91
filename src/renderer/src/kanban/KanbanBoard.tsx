import { Group, ScrollArea } from '@mantine/core'
import { type DragEvent, useCallback, useRef, useState } from 'react'
import type { DraggedCard } from './cardDrag'
import { KanbanColumn } from './KanbanColumn'
import type { KanbanItem, KanbanSpec } from './kanban'

// How close to the board's side a dragged card must come to scroll it, and by how much per event.
const EDGE = 72
const STEP = 24

/** The card to focus once it shows in its new column (and not while it lingers in its old one). */
type FocusTarget<L> = { id: string; lane: L }

/**
 * Records as a kanban board: one column per lane, cards dragged or moved with "Move to…"
 * between them. The spec must keep its identity between renders (useMemo): cards compare it.
 */
export function KanbanBoard<T extends KanbanItem, L extends string>({
  spec,
}: {
  spec: KanbanSpec<T, L>
}) {
  const [dragging, setDragging] = useState<DraggedCard<L> | null>(null)
  const [focusTarget, setFocusTarget] = useState<FocusTarget<L> | null>(null)
  const viewport = useRef<HTMLDivElement>(null)

  const move = useCallback(
    (card: DraggedCard<L>, lane: L, how: 'drag' | 'keyboard') => {
      setDragging(null)
      void spec.move(card, lane).then((moved) => {
        // The card leaves its column, and with it the focused button: follow it to the new one.
        if (moved && how === 'keyboard') setFocusTarget({ id: card.id, lane })
      })
    },
    [spec],
  )

  // Columns rarely all fit: a card held near the board's side scrolls it, as browsers do for
  // the page but not for a scrolling box inside it. dragover repeats while the card is held.
  const scrollNearEdge = (event: DragEvent) => {
    const box = viewport.current?.getBoundingClientRect()
    if (!box || !dragging) return
    if (event.clientX < box.left + EDGE) viewport.current!.scrollBy({ left: -STEP })
    else if (event.clientX > box.right - EDGE) viewport.current!.scrollBy({ left: STEP })
  }

  const endDrag = useCallback(() => setDragging(null), [])
  const focused = useCallback(() => setFocusTarget(null), [])

  return (
    <ScrollArea
      type="auto"
      offsetScrollbars
      viewportRef={viewport}
      onDragOver={scrollNearEdge}
      data-testid={spec.kind}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
        {spec.lanes.map((lane) => (
          <KanbanColumn
            key={lane}
            spec={spec}
            lane={lane}
            dragging={dragging}
            onDragStart={setDragging}
            onDragEnd={endDrag}
            onMove={move}
            focusId={focusTarget?.lane === lane ? focusTarget.id : null}
            onFocused={focused}
          />
        ))}
      </Group>
    </ScrollArea>
  )
}
