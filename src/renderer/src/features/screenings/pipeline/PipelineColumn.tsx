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
import { useLocale } from '../../../i18n/useLocale'
import { PipelineCard } from './PipelineCard'
import { statusColor } from './pipelineOrder'
import { type Status, pipelineRepo } from './pipelineRepo'
import { type DraggedScreening, screeningDrag } from './screeningDrag'

/** Cards a column reads at first and adds with each "Show more". */
export const COLUMN_PAGE = 50

type PipelineColumnProps = {
  status: Status
  dragging: DraggedScreening | null
  onDragStart: (card: DraggedScreening) => void
  onDragEnd: () => void
  onMove: (card: DraggedScreening, status: Status, how: 'drag' | 'keyboard') => void
  focusId: string | null
  onFocused: () => void
}

export function PipelineColumn({
  status,
  dragging,
  onDragStart,
  onDragEnd,
  onMove,
  focusId,
  onFocused,
}: PipelineColumnProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const headingId = useId()
  const [limit, setLimit] = useState(COLUMN_PAGE)
  const [over, setOver] = useState(false)
  const column = useLiveQuery(() => pipelineRepo.column(status, limit), [status, limit])
  const scheme = useComputedColorScheme('light')
  const moveByKeyboard = useCallback(
    (card: DraggedScreening, target: Status) => onMove(card, target, 'keyboard'),
    [onMove],
  )
  const accepts = dragging !== null && dragging.status !== status

  const dragOver = (event: DragEvent) => {
    if (!screeningDrag.carries(event.dataTransfer)) return
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
    const card = screeningDrag.read(event.dataTransfer)
    if (card && card.status !== status) onMove(card, status, 'drag')
  }

  const total = column?.total ?? 0
  const items = column?.items ?? []

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      data-status={status}
      data-testid="pipeline-column"
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
        borderBlockStart: `3px solid var(--mantine-color-${statusColor(status)}-filled)`,
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
          {t(`screenings.status.${status}`)}
        </Title>
        <Badge
          variant="light"
          color={statusColor(status)}
          data-testid="column-count"
          aria-label={t('pipeline.count', { count: total })}
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
                {accepts ? t('pipeline.dropHere') : t('pipeline.columnEmpty')}
              </Text>
            </Box>
          )}
          {items.map((screening) => (
            <PipelineCard
              key={screening.id}
              screening={screening}
              dragged={dragging?.id === screening.id}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onMove={moveByKeyboard}
              focusRequested={focusId === screening.id}
              onFocused={onFocused}
            />
          ))}
          {items.length < total && (
            <Button variant="subtle" size="xs" onClick={() => setLimit((n) => n + COLUMN_PAGE)}>
              {t('pipeline.showMore', {
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
