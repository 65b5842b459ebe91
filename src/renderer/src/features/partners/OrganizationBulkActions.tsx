import { Button, Menu } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { partnershipStages } from '../../../../shared/domain/organization'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { BulkRecordActions } from '../../table/BulkRecordActions'
import { organizationRepo } from './organizationRepo'

type Props = { selected: ReadonlySet<string>; onDone: () => void }

/** Tag, restage or trash the selected organizations; restaging can be undone. */
export function OrganizationBulkActions({ selected, onDone }: Props) {
  const { t } = useTranslation()

  const changeStage = async (stage: (typeof partnershipStages)[number]) => {
    const ids = [...selected]
    const records = await organizationRepo.getMany(ids)
    const before = new Map(records.flatMap((org) => (org ? [[org.id, org.stage] as const] : [])))
    await organizationRepo.updateMany(ids, () => ({ stage }))
    notifyWithUndo({
      message: t('organizations.bulkStaged', {
        count: ids.length,
        stage: t(`organizations.stage.${stage}`),
      }),
      undoLabel: t('common.undo'),
      onUndo: () =>
        organizationRepo.updateMany(ids, (org) => ({ stage: before.get(org.id) ?? org.stage })),
    })
  }

  return (
    <BulkRecordActions repo={organizationRepo as never} selected={selected} onDone={onDone}>
      <Menu>
        <Menu.Target>
          <Button size="xs" variant="default">
            {t('organizations.changeStage')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {partnershipStages.map((stage) => (
            <Menu.Item key={stage} onClick={() => void changeStage(stage)}>
              {t(`organizations.stage.${stage}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </BulkRecordActions>
  )
}
