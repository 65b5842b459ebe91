import { ActionIcon, Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Organization } from '../../../../shared/domain/organization'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { organizationRepo } from '../partners/organizationRepo'
import { partnersOf, searchOrganizations } from './campaignQueries'

/** The organizations partnering in the campaign, and a search to add one. */
export function CampaignPartners({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const partners = useLiveQuery(() => partnersOf(campaignId), [campaignId])
  const found = useLiveQuery(() => searchOrganizations(search), [search])
  const options = (found ?? [])
    .filter((org) => !org.campaignIds.includes(campaignId))
    .map((org) => ({ value: org.id, label: org.name }))

  const setMember = (org: Organization, member: boolean) =>
    organizationRepo.update(org.id, {
      campaignIds: member
        ? [...new Set([...org.campaignIds, campaignId])]
        : org.campaignIds.filter((id) => id !== campaignId),
    })

  const add = async (orgId: string | null) => {
    const org = found?.find((o) => o.id === orgId)
    if (!org) return
    await setMember(org, true)
    setSearch('')
  }

  const remove = async (org: Organization) => {
    await setMember(org, false)
    notifyWithUndo({
      message: t('campaigns.partnerRemoved', { name: org.name }),
      undoLabel: t('common.undo'),
      onUndo: async () => {
        const current = await organizationRepo.get(org.id)
        if (current) await setMember(current, true)
      },
    })
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-partners">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="campaign-partners">
          {t('campaigns.partners')}
        </Title>
        {partners && <Badge variant="light">{partners.length}</Badge>}
      </Group>
      <Select
        label={t('campaigns.addPartner')}
        placeholder={t('campaigns.addPartnerPlaceholder')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={null}
        onChange={(value) => void add(value)}
        // The index already matched the words (accents folded): show what it found as is.
        filter={({ options: all }) => all}
        nothingFoundMessage={search.trim() ? t('campaigns.noPartnerFound') : undefined}
        mb="sm"
      />
      {partners?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('campaigns.noPartners')}
        </Text>
      )}
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {partners?.map((org) => (
          <Group key={org.id} component="li" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/partners/${org.id}`} size="sm">
              {org.name}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t(`organizations.type.${org.type}`)}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('campaigns.removePartner', { name: org.name })}
                onClick={() => void remove(org)}
              >
                <IconX size={14} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}
