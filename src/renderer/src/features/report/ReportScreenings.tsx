import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLocale } from '../../i18n/useLocale'
import { ReportSection } from './ReportSection'
import classes from './report.module.css'
import type { ReportScreening } from './reportQueries'

/** Every screening in the range with its partners; the header row repeats on each page. */
export function ReportScreenings({ screenings }: { screenings: ReportScreening[] }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  return (
    <ReportSection id="report-screenings" title={t('report.screenings')} keepTogether={false}>
      {screenings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.noScreenings')}
        </Text>
      ) : (
        <Table
          className={classes.screenings}
          verticalSpacing={6}
          fz="sm"
          aria-labelledby="report-screenings"
          data-testid="report-screenings"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.column.date')}</Table.Th>
              <Table.Th>{t('report.column.screening')}</Table.Th>
              <Table.Th>{t('report.column.status')}</Table.Th>
              <Table.Th ta="end">{t('report.column.attendance')}</Table.Th>
              <Table.Th>{t('report.column.partners')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {screenings.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {s.startsAt ? format.dateTime(s.startsAt, s.timeZone) : t('common.notSet')}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[t(`screenings.type.${s.type}`), s.venue.city, s.venue.country]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`screenings.status.${s.status}`)}</Table.Td>
                <Table.Td ta="end">
                  {s.attendance === undefined
                    ? '—'
                    : s.attendanceEstimated
                      ? t('report.estimated', { value: format.number(s.attendance) })
                      : format.number(s.attendance)}
                </Table.Td>
                <Table.Td>{s.partnerNames.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ReportSection>
  )
}
