import { Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { screeningStatuses } from '../../../../../shared/domain/screening'
import { cardDrag } from '../../../kanban/cardDrag'
import { KanbanBoard } from '../../../kanban/KanbanBoard'
import type { KanbanSpec } from '../../../kanban/kanban'
import { PageHeader } from '../../../shell/PageHeader'
import { ScreeningsViewSwitch } from '../ScreeningsViewSwitch'
import { statusColor } from './pipelineOrder'
import { type PipelineCard, type Status, pipelineRepo } from './pipelineRepo'
import { ScreeningCardDetails } from './ScreeningCardDetails'
import { useMoveToStatus } from './useMoveToStatus'

const screeningCards = cardDrag('application/x-impact-desk-screening')

/** Screenings as a pipeline: one column per status, drag or "Move to…" between them. */
export function PipelinePage() {
  const { t } = useTranslation()
  const moveToStatus = useMoveToStatus()
  const spec = useMemo<KanbanSpec<PipelineCard, Status>>(
    () => ({
      kind: 'pipeline',
      drag: screeningCards,
      lanes: screeningStatuses,
      laneLabel: (status) => t(`screenings.status.${status}`),
      laneColor: statusColor,
      read: pipelineRepo.column,
      laneOf: (screening) => screening.status,
      nameOf: (screening) => screening.title,
      pathOf: (screening) => `/screenings/${screening.id}`,
      details: (screening) => <ScreeningCardDetails screening={screening} />,
      move: moveToStatus,
      // The host's name is read beside the screening: a renamed host changes the card too.
      same: (a, b) => a.updatedAt === b.updatedAt && a.hostName === b.hostName,
    }),
    [t, moveToStatus],
  )

  return (
    <>
      <PageHeader title={t('pipeline.title')} actions={<ScreeningsViewSwitch />} />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('pipeline.hint')}
      </Text>
      <KanbanBoard spec={spec} />
    </>
  )
}
