import { Group, Text } from '@mantine/core'
import { IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatLocaleOf } from '../../../../../shared/i18n/locales'
import { useLocale } from '../../../i18n/useLocale'
import { AccessIcons } from '../AccessIcons'
import { dateTimeInZone } from '../calendar/calendarDays'
import type { PipelineCard } from './pipelineRepo'

/** A pipeline card's lines under the title: when (in its own zone), the host, the access. */
export function ScreeningCardDetails({ screening }: { screening: PipelineCard }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { startsAt, timeZone, hostName, accessFeatures } = screening
  return (
    <>
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
          <AccessIcons features={accessFeatures} />
        </Group>
      )}
    </>
  )
}
