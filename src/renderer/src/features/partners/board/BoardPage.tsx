import { Button, Text } from '@mantine/core'
import { IconTable } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type Organization, partnershipStages } from '../../../../../shared/domain/organization'
import { cardDrag } from '../../../kanban/cardDrag'
import { KanbanBoard } from '../../../kanban/KanbanBoard'
import type { KanbanSpec } from '../../../kanban/kanban'
import { PageHeader } from '../../../shell/PageHeader'
import { type Stage, boardRepo } from './boardRepo'
import { OrganizationCardDetails } from './OrganizationCardDetails'
import { useMoveToStage } from './useMoveToStage'

const organizationCards = cardDrag('application/x-impact-desk-organization')

/** Partners as a kanban board: one column per partnership stage, drag or "Move to…" between. */
export function BoardPage() {
  const { t } = useTranslation()
  const moveToStage = useMoveToStage()
  const spec = useMemo<KanbanSpec<Organization, Stage>>(
    () => ({
      kind: 'board',
      drag: organizationCards,
      lanes: partnershipStages,
      laneLabel: (stage) => t(`organizations.stage.${stage}`),
      read: boardRepo.column,
      laneOf: (organization) => organization.stage,
      nameOf: (organization) => organization.name,
      pathOf: (organization) => `/partners/${organization.id}`,
      details: (organization) => <OrganizationCardDetails organization={organization} />,
      move: moveToStage,
    }),
    [t, moveToStage],
  )

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
      <KanbanBoard spec={spec} />
    </>
  )
}
