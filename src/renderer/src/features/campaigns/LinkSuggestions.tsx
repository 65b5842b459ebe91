import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { pairKey } from '../../../../shared/domain/duplicateDismissal'
import { formatLocaleOf } from '../../../../shared/i18n/locales'
import { useLocale } from '../../i18n/useLocale'
import { campaignLinkDismissalRepo } from './campaignLinkDismissalRepo'
import { campaignLinkRepo } from './campaignLinkRepo'
import type { LinkSuggestion } from './rankSuggestions'

/** Suggested links, each with why, accepted or dismissed in one click. */
export function LinkSuggestions({
  campaignId,
  suggestions,
}: {
  campaignId: string
  suggestions: LinkSuggestion[]
}) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const list = new Intl.ListFormat(formatLocaleOf(locale), { type: 'unit', style: 'short' })
  const reasons = (s: LinkSuggestion) => [
    ...(s.sharedTags.length
      ? [t('links.reasonTags', { count: s.sharedTags.length, list: list.format(s.sharedTags) })]
      : []),
    ...(s.sharedPartners.length
      ? [
          t('links.reasonPartners', {
            count: s.sharedPartners.length,
            list: list.format(s.sharedPartners.map((p) => p.name)),
          }),
        ]
      : []),
  ]

  if (suggestions.length === 0) return null
  return (
    <Stack gap="xs" component="section" aria-labelledby="link-suggestions">
      <Text fw={600} size="sm" id="link-suggestions">
        {t('links.suggestions')}
      </Text>
      {suggestions.map((s) => (
        <Paper
          key={s.campaignId}
          withBorder
          p="sm"
          bg="var(--mantine-color-default-hover)"
          data-testid="link-suggestion"
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text fw={500}>{s.title}</Text>
              {reasons(s).map((line) => (
                <Text key={line} size="sm" c="dimmed">
                  {line}
                </Text>
              ))}
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                leftSection={<IconCheck size={14} />}
                aria-label={t('links.accept', { title: s.title })}
                onClick={() =>
                  void campaignLinkRepo.create({
                    fromCampaignId: campaignId,
                    toCampaignId: s.campaignId,
                    type: s.type,
                    note: reasons(s).join('; '),
                  })
                }
              >
                {t('links.acceptShort')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconX size={14} />}
                aria-label={t('links.dismiss', { title: s.title })}
                onClick={() =>
                  void campaignLinkDismissalRepo.create({ pair: pairKey(campaignId, s.campaignId) })
                }
              >
                {t('links.dismissShort')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  )
}
