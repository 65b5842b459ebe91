import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconExternalLink, IconLink, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CampaignLink } from '../../../../shared/domain/campaignLink'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { CampaignNeighbourhood } from './CampaignNeighbourhood'
import { LinkCampaignModal } from './LinkCampaignModal'
import { LinkSuggestions } from './LinkSuggestions'
import { campaignLinkRepo } from './campaignLinkRepo'
import { linkColors } from './linkColors'
import { useCampaignLinks } from './useCampaignLinks'

/** Similar campaigns: the links, suggestions for more, and the neighbourhood they make. */
export function CampaignLinks({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const data = useCampaignLinks(campaignId)
  if (!data) return null

  const nameOf = (link: CampaignLink) => {
    const otherId = link.fromCampaignId === campaignId ? link.toCampaignId : link.fromCampaignId
    return otherId ? (data.titles.get(otherId) ?? '') : (link.external?.name ?? '')
  }

  const remove = async (link: CampaignLink) => {
    await campaignLinkRepo.softDelete(link.id)
    notifyWithUndo({
      message: t('links.removed', { title: nameOf(link) }),
      undoLabel: t('common.undo'),
      onUndo: () => campaignLinkRepo.restore(link.id),
    })
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-links">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="campaign-links">
          {t('links.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconLink size={14} />}
          onClick={() => setAdding(true)}
        >
          {t('links.add')}
        </Button>
      </Group>
      <Stack>
        <LinkSuggestions campaignId={campaignId} suggestions={data.suggestions} />
        {data.own.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('links.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.own.map((link) => {
              const otherId =
                link.fromCampaignId === campaignId ? link.toCampaignId : link.fromCampaignId
              return (
                <Group
                  key={link.id}
                  component="li"
                  justify="space-between"
                  wrap="nowrap"
                  align="flex-start"
                  data-testid="campaign-link"
                >
                  <Stack gap={2} miw={0}>
                    <Group gap="xs">
                      {otherId ? (
                        <Anchor component={Link} to={`/campaigns/${otherId}`} fw={500}>
                          {nameOf(link)}
                        </Anchor>
                      ) : (
                        <Text fw={500}>{nameOf(link)}</Text>
                      )}
                      <Badge size="sm" variant="light" color={linkColors[link.type]}>
                        {t(`links.types.${link.type}`)}
                      </Badge>
                      {!otherId && (
                        <Badge size="sm" variant="outline" color="gray">
                          {t('links.externalBadge')}
                        </Badge>
                      )}
                    </Group>
                    {link.external?.url && (
                      <Anchor
                        size="xs"
                        href={link.external.url}
                        onClick={(event) => {
                          event.preventDefault()
                          void window.api.openExternal(link.external!.url!)
                        }}
                      >
                        <Group gap={4} wrap="nowrap">
                          <IconExternalLink size={12} />
                          {link.external.url}
                        </Group>
                      </Anchor>
                    )}
                    {link.external && link.external.tags.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {link.external.tags.join(', ')}
                      </Text>
                    )}
                    {link.note && (
                      <Text size="sm" c="dimmed">
                        {link.note}
                      </Text>
                    )}
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('links.remove', { title: nameOf(link) })}
                    onClick={() => void remove(link)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )
            })}
          </Stack>
        )}
        <CampaignNeighbourhood campaignId={campaignId} links={data.all} titles={data.titles} />
      </Stack>
      <LinkCampaignModal
        opened={adding}
        onClose={() => setAdding(false)}
        campaignId={campaignId}
        campaigns={data.unlinked}
      />
    </Paper>
  )
}
