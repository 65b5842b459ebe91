import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { MetricEntry } from '../../../../shared/domain/metricEntry'

/** Where a value belongs, linked to the screening's or partner's page. */
export function EntryScope({ entry, names }: { entry: MetricEntry; names: Map<string, string> }) {
  const { t } = useTranslation()
  const link = entry.screeningId
    ? { to: `/screenings/${entry.screeningId}`, id: entry.screeningId }
    : entry.organizationId
      ? { to: `/partners/${entry.organizationId}`, id: entry.organizationId }
      : null
  if (!link)
    return (
      <Text size="sm" c="dimmed">
        {t('metrics.scope.campaign')}
      </Text>
    )
  return (
    <Anchor component={Link} to={link.to} size="sm" lineClamp={1}>
      {names.get(link.id) ?? t('metrics.scope.missing')}
    </Anchor>
  )
}
