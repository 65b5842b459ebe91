import { Radio, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ClockChoice } from '../../../../../shared/import/screeningStart'
import { formatLocaleOf } from '../../../../../shared/i18n/locales'
import { zoneAbbreviation } from '../../../../../shared/time/zonedTime'
import type { ClockChangeRow } from '../../../import/reviewImport'
import { useLocale } from '../../../i18n/useLocale'
import { startText } from '../../screenings/StartTime'

type ClockChangeRowsProps = {
  rows: ClockChangeRow[]
  onChoose: (row: number, choice: ClockChoice) => void
}

/**
 * Screenings whose local start the clocks skip or repeat in their zone: the time as written,
 * what will be stored (in the screening's own zone) and the other instant it can be. The rows
 * import either way; nothing is moved without being shown here.
 */
export function ClockChangeRows({ rows, onChoose }: ClockChangeRowsProps) {
  const { t } = useTranslation()
  const { format, locale } = useLocale()
  const tag = formatLocaleOf(locale)
  // The time of day in the screening's zone with the zone's short name: "3:30 AM EDT".
  const timeIn = (instant: string, timeZone: string) =>
    `${new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone }).format(new Date(instant))} ${zoneAbbreviation(instant, timeZone, tag)}`

  return (
    <Stack gap="xs" data-testid="import-clock-changes">
      <Title order={4}>{t('imports.review.clock.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('imports.review.clock.hint')}
      </Text>
      <Table.ScrollContainer minWidth={620}>
        <Table withTableBorder verticalSpacing="xs" aria-label={t('imports.review.clock.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.review.rowColumn')}</Table.Th>
              <Table.Th>{t('imports.review.clock.screening')}</Table.Th>
              <Table.Th>{t('imports.review.clock.written')}</Table.Th>
              <Table.Th>{t('imports.review.clock.stored')}</Table.Th>
              <Table.Th>{t('imports.review.clock.choice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ row, title, change }) => {
              const { kind, timeZone } = change
              const label = (choice: ClockChoice) =>
                t(`imports.review.clock.${kind}${choice === 'earlier' ? 'Earlier' : 'Later'}`, {
                  time: timeIn(change[choice], timeZone),
                })
              return (
                <Table.Tr key={row} data-row={row}>
                  <Table.Td>{row}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {title}
                    </Text>
                    <Text size="xs" c={kind === 'gap' ? 'orange' : 'yellow.8'}>
                      {t(`imports.review.clock.${kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(`${change.wall}:00Z`, 'UTC')}</Text>
                    <Text size="xs" c="dimmed" title={t('imports.review.clock.zone')}>
                      {timeZone}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="import-clock-stored">
                    <Text size="sm" fw={500}>
                      {startText(change[change.chosen], timeZone, format, locale)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Radio.Group
                      aria-label={t('imports.review.clock.chooseFor', { row })}
                      value={change.chosen}
                      onChange={(value) => onChoose(row, value as ClockChoice)}
                    >
                      <Stack gap={4}>
                        {/* Later first in a gap: the usual reading, as the clocks show after it. */}
                        {(kind === 'gap'
                          ? (['later', 'earlier'] as const)
                          : (['earlier', 'later'] as const)
                        ).map((choice) => (
                          <Radio key={choice} value={choice} size="xs" label={label(choice)} />
                        ))}
                      </Stack>
                    </Radio.Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}
