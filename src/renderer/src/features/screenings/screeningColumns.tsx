import { Badge, Group, Text, Tooltip } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { Screening } from '../../../../shared/domain/screening'
import type { Formatters } from '../../../../shared/i18n/format'
import type { Column } from '../../table/DataTable'
import { AccessIcons } from './AccessIcons'
import { OrganizationName } from './OrganizationName'
import { StartTime } from './StartTime'

export const statusColors: Record<Screening['status'], string> = {
  requested: 'gray',
  approved: 'blue',
  confirmed: 'teal',
  held: 'green',
  reported: 'grape',
  cancelled: 'red',
}

/** Every column the screenings table can show; `title` always, the rest by choice. */
export function screeningColumns(t: TFunction, format: Formatters): Column<Screening>[] {
  return [
    {
      key: 'title',
      label: t('screenings.fields.title'),
      width: 'minmax(200px, 2fr)',
      sortKey: 'title',
      render: (screening) => (
        <Text fw={500} truncate>
          {screening.title}
        </Text>
      ),
    },
    {
      key: 'start',
      label: t('screenings.fields.startsAt'),
      width: 'minmax(230px, 1.3fr)',
      sortKey: 'startKey',
      render: (screening) => <StartTime screening={screening} />,
    },
    {
      key: 'type',
      label: t('screenings.fields.type'),
      width: 'minmax(120px, 1fr)',
      sortKey: 'type',
      render: (screening) => t(`screenings.type.${screening.type}`),
    },
    {
      key: 'status',
      label: t('screenings.fields.status'),
      width: 'minmax(120px, 1fr)',
      sortKey: 'status',
      render: (screening) => (
        <Badge variant="light" color={statusColors[screening.status]}>
          {t(`screenings.status.${screening.status}`)}
        </Badge>
      ),
    },
    {
      key: 'venue',
      label: t('screenings.fields.venue'),
      width: 'minmax(150px, 1.5fr)',
      render: ({ venue }) => (
        <Tooltip label={venue.name ?? ''} disabled={!venue.name} openDelay={400}>
          <Text size="sm" truncate>
            {[venue.name, venue.city, venue.country].filter(Boolean).join(', ')}
          </Text>
        </Tooltip>
      ),
    },
    {
      key: 'host',
      label: t('screenings.fields.host'),
      width: 'minmax(150px, 1.2fr)',
      render: (screening) => <OrganizationName id={screening.hostOrganizationId} />,
    },
    {
      key: 'access',
      label: t('screenings.fields.accessibility'),
      width: 'minmax(120px, 1fr)',
      render: (screening) => <AccessIcons features={screening.accessFeatures} />,
    },
    {
      key: 'attendance',
      label: t('screenings.fields.attendance'),
      width: 'minmax(110px, 0.8fr)',
      render: (screening) =>
        screening.attendance === undefined ? null : (
          <Group gap={4} wrap="nowrap">
            <Text size="sm">{format.number(screening.attendance)}</Text>
            {screening.attendanceEstimated && (
              <Text size="xs" c="dimmed">
                {t('screenings.estimatedShort')}
              </Text>
            )}
          </Group>
        ),
    },
  ]
}

export const defaultScreeningColumns = ['start', 'status', 'venue', 'host', 'access']
