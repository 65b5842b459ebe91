import { Button, Group, ScrollArea, Text } from '@mantine/core'
import { IconTable } from '@tabler/icons-react'
import { type DragEvent, useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { partnershipStages } from '../../../../../shared/domain/organization'
import { PageHeader } from '../../../shell/PageHeader'
import { BoardColumn } from './BoardColumn'
import type { Stage } from './boardRepo'
import type { DraggedCard } from './organizationDrag'
import { useMoveToStage } from './useMoveToStage'

// How close to the board's side a dragged card must come to scroll it, and by how much per event.
const EDGE = 72
const STEP = 24

/** The card to focus once it shows in its new column (and not while it lingers in its old one). */
type FocusTarget = { id: string; stage: Stage }

/** Partners as a kanban board: one column per partnership stage, drag or "Move to…" between. */
export function BoardPage() {
  const { t } = useTranslation()
  const moveToStage = useMoveToStage()
  const [dragging, setDragging] = useState<DraggedCard | null>(null)
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null)

  const move = useCallback(
    (card: DraggedCard, stage: Stage, how: 'drag' | 'keyboard') => {
      setDragging(null)
      void moveToStage(card, stage).then((moved) => {
        // The card leaves its column, and with it the focused button: follow it to the new one.
        if (moved && how === 'keyboard') setFocusTarget({ id: card.id, stage })
      })
    },
    [moveToStage],
  )
  const viewport = useRef<HTMLDivElement>(null)

  // Seven columns rarely fit: a card held near the board's side scrolls it, as browsers do for
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
    <>
      <PageHeader
        title={t('board.title')}
        actions={
          <Button
            component={Link}
            to="/partners"
            variant="default"
            leftSection={<IconTable size={16} />}
          >
            {t('board.tableView')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('board.hint')}
      </Text>
      <ScrollArea
        type="auto"
        offsetScrollbars
        viewportRef={viewport}
        onDragOver={scrollNearEdge}
        data-testid="board"
      >
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
          {partnershipStages.map((stage) => (
            <BoardColumn
              key={stage}
              stage={stage}
              dragging={dragging}
              onDragStart={setDragging}
              onDragEnd={endDrag}
              onMove={move}
              focusId={focusTarget?.stage === stage ? focusTarget.id : null}
              onFocused={focused}
            />
          ))}
        </Group>
      </ScrollArea>
    </>
  )
}
