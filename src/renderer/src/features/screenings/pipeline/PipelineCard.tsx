import { ActionIcon, Anchor, Box, Group, Menu, Paper, Text, Tooltip } from '@mantine/core'
import {
  IconArrowsExchange,
  IconBadgeAd,
  IconBadgeCc,
  IconCheck,
  IconEar,
  IconHandStop,
  IconTextCaption,
  IconUsers,
  IconWheelchair,
} from '@tabler/icons-react'
import { type MouseEvent, memo, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { type accessibilityFlags, screeningStatuses } from '../../../../../shared/domain/screening'
import { formatLocaleOf } from '../../../../../shared/i18n/locales'
import { useLocale } from '../../../i18n/useLocale'
import { dateTimeInZone } from '../calendar/calendarDays'
import type { PipelineCard as Card, Status } from './pipelineRepo'
import { type DraggedScreening, screeningDrag } from './screeningDrag'

const accessIcons: Record<(typeof accessibilityFlags)[number], typeof IconBadgeCc> = {
  closedCaptions: IconBadgeCc,
  openCaptions: IconTextCaption,
  audioDescription: IconBadgeAd,
  asl: IconHandStop,
  wheelchairAccess: IconWheelchair,
  assistiveListening: IconEar,
}

type PipelineCardProps = {
  screening: Card
  dragged: boolean
  onDragStart: (card: DraggedScreening) => void
  onDragEnd: () => void
  onMove: (card: DraggedScreening, status: Status) => void
  /** Set after a keyboard move, so focus follows the card into its new column. */
  focusRequested: boolean
  onFocused: () => void
}

/** One screening on the pipeline board; memoised like the partnership board's cards. */
export const PipelineCard = memo(function PipelineCard({
  screening,
  dragged,
  onDragStart,
  onDragEnd,
  onMove,
  focusRequested,
  onFocused,
}: PipelineCardProps) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const moveButton = useRef<HTMLButtonElement>(null)
  const { id, title, status, startsAt, timeZone, hostName, accessFeatures } = screening
  const card: DraggedScreening = { id, title, status }
  const detailPath = `/screenings/${id}`

  useEffect(() => {
    if (!focusRequested) return
    moveButton.current?.focus()
    onFocused()
  }, [focusRequested, onFocused])

  const open = (event: MouseEvent) => {
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
      data-testid="pipeline-card"
      data-id={id}
      aria-label={title}
      role="group"
      onClick={open}
      onDragStart={(event) => {
        screeningDrag.write(event.dataTransfer, card)
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
          dir="auto"
          style={{ wordBreak: 'break-word' }}
        >
          {title}
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
                aria-label={t('pipeline.moveTo', { name: title })}
              >
                <IconArrowsExchange size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('pipeline.moveToLabel')}</Menu.Label>
              {screeningStatuses.map((target) => (
                <Menu.Item
                  key={target}
                  disabled={target === status}
                  leftSection={target === status ? <IconCheck size={14} /> : null}
                  onClick={() => onMove(card, target)}
                >
                  {t(`screenings.status.${target}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Box>
      </Group>
      <Text size="xs" c="dimmed" mt={4} data-testid="pipeline-start">
        {startsAt
          ? dateTimeInZone(startsAt, timeZone, formatLocaleOf(locale))
          : t('pipeline.undated')}
      </Text>
      {(hostName || accessFeatures.length > 0) && (
        <Group justify="space-between" gap="xs" mt="xs" wrap="nowrap">
          {hostName ? (
            <Group
              gap={4}
              wrap="nowrap"
              miw={0}
              aria-label={t('pipeline.host', { name: hostName })}
            >
              <IconUsers size={14} stroke={1.6} style={{ flexShrink: 0 }} aria-hidden />
              <Text size="xs" truncate dir="auto">
                {hostName}
              </Text>
            </Group>
          ) : (
            <span />
          )}
          <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
            {accessFeatures.map((feature) => {
              const Icon = accessIcons[feature]
              const label = t(`pipeline.access.${feature}`)
              return (
                <Tooltip key={feature} label={label} withinPortal>
                  <Icon size={16} stroke={1.6} role="img" aria-label={label} />
                </Tooltip>
              )
            })}
          </Group>
        </Group>
      )}
    </Paper>
  )
}, sameCard)

// Live queries hand back new objects on every change; the same updatedAt is the same record.
function sameCard(before: PipelineCardProps, after: PipelineCardProps) {
  return (
    before.screening.id === after.screening.id &&
    before.screening.updatedAt === after.screening.updatedAt &&
    before.screening.hostName === after.screening.hostName &&
    before.dragged === after.dragged &&
    before.focusRequested === after.focusRequested &&
    before.onDragStart === after.onDragStart &&
    before.onDragEnd === after.onDragEnd &&
    before.onMove === after.onMove &&
    before.onFocused === after.onFocused
  )
}
