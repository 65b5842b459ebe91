import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Pagination,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { IconChevronDown, IconChevronUp, IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Campaign } from '../../../../shared/domain/campaign'
import type { SortDirection } from '../../db/repository'
import { useLocale } from '../../i18n/useLocale'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { campaignRepo } from './campaignRepo'

const PAGE_SIZE = 50
type SortKey = (typeof campaignRepo.sortKeys)[number]

const statusColors: Record<Campaign['status'], string> = {
  planning: 'gray',
  active: 'green',
  paused: 'yellow',
  completed: 'blue',
  archived: 'dark',
}

export function CampaignTable() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [sort, setSort] = useState<{ by: SortKey; direction: SortDirection }>({
    by: 'updatedAt',
    direction: 'desc',
  })
  const [page, setPage] = useState(1)
  const result = useLiveQuery(
    () =>
      campaignRepo.list({
        sortBy: sort.by,
        direction: sort.direction,
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [sort, page],
  )

  const sortBy = (by: SortKey) =>
    setSort((current) => ({
      by,
      direction: current.by === by && current.direction === 'asc' ? 'desc' : 'asc',
    }))

  const moveToTrash = async (campaign: Campaign) => {
    await campaignRepo.softDelete(campaign.id)
    notifyWithUndo({
      message: t('campaigns.deleted', { title: campaign.title }),
      undoLabel: t('common.undo'),
      onUndo: () => campaignRepo.restore(campaign.id),
    })
  }

  const header = (key: SortKey) => (
    <Table.Th
      aria-sort={sort.by === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton onClick={() => sortBy(key)} fw={600}>
        <Group gap={4} wrap="nowrap">
          {t(`campaigns.columns.${key}`)}
          {sort.by === key &&
            (sort.direction === 'asc' ? (
              <IconChevronUp size={14} />
            ) : (
              <IconChevronDown size={14} />
            ))}
        </Group>
      </UnstyledButton>
    </Table.Th>
  )

  if (!result) return null
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE))
  // Deleting the last row of the last page leaves that page empty: show the one before.
  if (page > pages) setPage(pages)

  return (
    <>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('campaigns.title')}>
        <Table.Thead>
          <Table.Tr>
            {header('title')}
            {header('status')}
            <Table.Th>{t('campaigns.columns.startDate')}</Table.Th>
            {header('updatedAt')}
            <Table.Th aria-label={t('common.delete')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.items.map((campaign) => (
            <Table.Tr key={campaign.id}>
              <Table.Td>
                <Anchor component={Link} to={`/campaigns/${campaign.id}`} fw={500} c="inherit">
                  {campaign.title}
                </Anchor>
                {campaign.logline && (
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {campaign.logline}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColors[campaign.status]}>
                  {t(`campaigns.status.${campaign.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {campaign.startDate ? format.date(campaign.startDate) : t('common.notSet')}
              </Table.Td>
              <Table.Td>{format.dateTime(campaign.updatedAt)}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('campaigns.deleteOne', { title: campaign.title })}
                  onClick={() => void moveToTrash(campaign)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination total={pages} value={page} onChange={setPage} />
        </Group>
      )}
    </>
  )
}
