import { Group, ScrollArea, Text } from '@mantine/core'
import { type DragEvent, useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { screeningStatuses } from '../../../../../shared/domain/screening'
import { PageHeader } from '../../../shell/PageHeader'
import { ScreeningsViewSwitch } from '../ScreeningsViewSwitch'
import { PipelineColumn } from './PipelineColumn'
import type { Status } from './pipelineRepo'
import type { DraggedScreening } from './screeningDrag'
import { useMoveToStatus } from './useMoveToStatus'

// How close to the board's side a dragged card must come to scroll it, and by how much per event.
const EDGE = 72
const STEP = 24

type FocusTarget = { id: string; status: Status }

/** Screenings as a pipeline: one column per status, drag or "Move to…" between them. */
export function PipelinePage() {
  const { t } = useTranslation()
  const moveToStatus = useMoveToStatus()
  const [dragging, setDragging] = useState<DraggedScreening | null>(null)
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null)
  const viewport = useRef<HTMLDivElement>(null)

  const move = useCallback(
    (card: DraggedScreening, status: Status, how: 'drag' | 'keyboard') => {
      setDragging(null)
      void moveToStatus(card, status).then((moved) => {
        if (moved && how === 'keyboard') setFocusTarget({ id: card.id, status })
      })
    },
    [moveToStatus],
  )

  // A card held near the board's side scrolls it, as browsers do for the page but not for a box.
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
      <PageHeader title={t('pipeline.title')} actions={<ScreeningsViewSwitch />} />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('pipeline.hint')}
      </Text>
      <ScrollArea
        type="auto"
        offsetScrollbars
        viewportRef={viewport}
        onDragOver={scrollNearEdge}
        data-testid="pipeline"
      >
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
          {screeningStatuses.map((status) => (
            <PipelineColumn
              key={status}
              status={status}
              dragging={dragging}
              onDragStart={setDragging}
              onDragEnd={endDrag}
              onMove={move}
              focusId={focusTarget?.status === status ? focusTarget.id : null}
              onFocused={focused}
            />
          ))}
        </Group>
      </ScrollArea>
    </>
  )
}
