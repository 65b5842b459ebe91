import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Screening } from '../../../../shared/domain/screening'
import { formatLocaleOf } from '../../../../shared/i18n/locales'
import { useLocale } from '../../i18n/useLocale'
import { zoneAbbreviation } from '../../../../shared/time/zonedTime'

/** A screening's start in its own time zone, with the zone's short name. */
export function startText(
  startsAt: string,
  timeZone: string,
  format: ReturnType<typeof useLocale>['format'],
  locale: ReturnType<typeof useLocale>['locale'],
) {
  return `${format.dateTime(startsAt, timeZone)} ${zoneAbbreviation(startsAt, timeZone, formatLocaleOf(locale))}`
}

export function StartTime({ screening }: { screening: Pick<Screening, 'startsAt' | 'timeZone'> }) {
  const { t } = useTranslation()
  const { format, locale } = useLocale()
  if (!screening.startsAt)
    return (
      <Text size="sm" c="dimmed">
        {t('screenings.noDate')}
      </Text>
    )
  return (
    <Text size="sm" truncate title={screening.timeZone}>
      {startText(screening.startsAt, screening.timeZone, format, locale)}
    </Text>
  )
}
