import { ActionIcon, Anchor, Badge, Box, Group, Menu, Paper, Text, Tooltip } from '@mantine/core'
import { IconArrowsExchange, IconCheck, IconMapPin } from '@tabler/icons-react'
import { type MouseEvent, memo, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { type Organization, partnershipStages } from '../../../../../shared/domain/organization'
import type { Stage } from './boardRepo'
import { type DraggedCard, organizationDrag } from './organizationDrag'
import { strengthColor } from './strengthColor'

type BoardCardProps = {
  organization: Organization
  dragged: boolean
  onDragStart: (card: DraggedCard) => void
  onDragEnd: () => void
  onMove: (card: DraggedCard, stage: Stage) => void
  /** Set after a keyboard move, so focus follows the card into its new column. */
  focusRequested: boolean
  onFocused: () => void
}

/**
 * One organization on the board. Memoised: a drag starting or ending re-renders the board, and
 * with hundreds of cards on screen only the cards that changed may render again.
 */
export const BoardCard = memo(function BoardCard({
  organization,
  dragged,
  onDragStart,
  onDragEnd,
  onMove,
  focusRequested,
  onFocused,
}: BoardCardProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const moveButton = useRef<HTMLButtonElement>(null)
  const { id, name, stage, type, city, country, strength } = organization
  const card: DraggedCard = { id, name, stage }
  const place = [city, country].filter(Boolean).join(', ')
  const detailPath = `/partners/${id}`

  useEffect(() => {
    if (!focusRequested) return
    moveButton.current?.focus()
    onFocused()
  }, [focusRequested, onFocused])

  const open = (event: MouseEvent) => {
    // The name is a link of its own; the rest of the card is a larger target for the same page.
    if ((event.target as HTMLElement).closest('a')) return
    void navigate(detailPath)
  }

  return (
    <Paper
      withBorder
      shadow="xs"
      p="sm"
      radius="md"
      draggable
      data-testid="board-card"
      data-id={id}
      aria-label={name}
      role="group"
      onClick={open}
      onDragStart={(event) => {
        organizationDrag.write(event.dataTransfer, card)
        onDragStart(card)
      }}
      onDragEnd={onDragEnd}
      style={{ cursor: 'grab', opacity: dragged ? 0.5 : 1 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Anchor
          component={Link}
          to={detailPath}
          draggable={false}
          fw={600}
          size="sm"
          c="var(--mantine-color-text)"
          lineClamp={2}
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
                aria-label={t('board.moveTo', { name })}
              >
                <IconArrowsExchange size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('board.moveToLabel')}</Menu.Label>
              {partnershipStages.map((target) => (
                <Menu.Item
                  key={target}
                  disabled={target === stage}
                  leftSection={target === stage ? <IconCheck size={14} /> : null}
                  onClick={() => onMove(card, target)}
                >
                  {t(`organizations.stage.${target}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Box>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t(`organizations.type.${type}`)}
      </Text>
      {(place || strength) && (
        <Group justify="space-between" gap="xs" mt="xs" wrap="nowrap">
          {place ? (
            <Group gap={4} wrap="nowrap" miw={0}>
              <IconMapPin size={14} stroke={1.6} style={{ flexShrink: 0 }} aria-hidden />
              <Text size="xs" truncate>
                {place}
              </Text>
            </Group>
          ) : (
            <span />
          )}
          {strength !== undefined && (
            <Tooltip label={t('board.strengthScale')} withinPortal>
              <Badge
                variant="light"
                color={strengthColor(strength)}
                size="sm"
                tt="none"
                style={{ flexShrink: 0 }}
              >
                {t(`board.strength.${strength}`)}
              </Badge>
            </Tooltip>
          )}
        </Group>
      )}
    </Paper>
  )
}, sameCard)

// Live queries hand back new objects on every change; a record whose updatedAt is the same is
// the same record, so its card need not render again.
function sameCard(before: BoardCardProps, after: BoardCardProps) {
  return (
    before.organization.id === after.organization.id &&
    before.organization.updatedAt === after.organization.updatedAt &&
    before.dragged === after.dragged &&
    before.focusRequested === after.focusRequested &&
    before.onDragStart === after.onDragStart &&
    before.onDragEnd === after.onDragEnd &&
    before.onMove === after.onMove &&
    before.onFocused === after.onFocused
  )
}
