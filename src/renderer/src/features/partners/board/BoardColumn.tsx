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
import { BoardCard } from './BoardCard'
import { type Stage, boardRepo } from './boardRepo'
import { type DraggedCard, organizationDrag } from './organizationDrag'

/** Cards a column reads at first and adds with each "Show more". */
export const COLUMN_PAGE = 50

type BoardColumnProps = {
  stage: Stage
  dragging: DraggedCard | null
  onDragStart: (card: DraggedCard) => void
  onDragEnd: () => void
  onMove: (card: DraggedCard, stage: Stage, how: 'drag' | 'keyboard') => void
  focusId: string | null
  onFocused: () => void
}

export function BoardColumn({
  stage,
  dragging,
  onDragStart,
  onDragEnd,
  onMove,
  focusId,
  onFocused,
}: BoardColumnProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const headingId = useId()
  const [limit, setLimit] = useState(COLUMN_PAGE)
  const [over, setOver] = useState(false)
  const column = useLiveQuery(() => boardRepo.column(stage, limit), [stage, limit])
  const scheme = useComputedColorScheme('light')
  const moveByKeyboard = useCallback(
    (card: DraggedCard, target: Stage) => onMove(card, target, 'keyboard'),
    [onMove],
  )
  const accepts = dragging !== null && dragging.stage !== stage

  const dragOver = (event: DragEvent) => {
    if (!organizationDrag.carries(event.dataTransfer)) return
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
    const card = organizationDrag.read(event.dataTransfer)
    if (card && card.stage !== stage) onMove(card, stage, 'drag')
  }

  const total = column?.total ?? 0
  const items = column?.items ?? []

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      data-stage={stage}
      data-testid="board-column"
      radius="md"
      p="xs"
      w={280}
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
          {t(`organizations.stage.${stage}`)}
        </Title>
        <Badge
          variant="default"
          data-testid="column-count"
          aria-label={t('board.count', { count: total })}
        >
          {format.number(total)}
        </Badge>
      </Group>
      <ScrollArea.Autosize mah="calc(100dvh - 230px)" type="auto" offsetScrollbars="present">
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
                {accepts ? t('board.dropHere') : t('board.columnEmpty')}
              </Text>
            </Box>
          )}
          {items.map((organization) => (
            <BoardCard
              key={organization.id}
              organization={organization}
              dragged={dragging?.id === organization.id}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onMove={moveByKeyboard}
              focusRequested={focusId === organization.id}
              onFocused={onFocused}
            />
          ))}
          {items.length < total && (
            <Button variant="subtle" size="xs" onClick={() => setLimit((n) => n + COLUMN_PAGE)}>
              {t('board.showMore', {
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
