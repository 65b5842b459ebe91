import { Badge, Group, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { Organization } from '../../../../shared/domain/organization'
import type { Formatters } from '../../../../shared/i18n/format'
import { StrengthBadge } from '../../shell/Strength'
import type { Column } from '../../table/DataTable'

/** Every column the partners table can show; `name` always, the rest by choice. */
export function organizationColumns(t: TFunction, format: Formatters): Column<Organization>[] {
  return [
    {
      key: 'name',
      label: t('organizations.fields.name'),
      width: 'minmax(220px, 2fr)',
      sortKey: 'name',
      render: (org) => (
        <Text fw={500} truncate>
          {org.name}
        </Text>
      ),
    },
    {
      key: 'type',
      label: t('organizations.fields.type'),
      width: 'minmax(140px, 1fr)',
      sortKey: 'type',
      render: (org) => t(`organizations.type.${org.type}`),
    },
    {
      key: 'stage',
      label: t('organizations.fields.stage'),
      width: 'minmax(170px, 1fr)',
      sortKey: 'stage',
      render: (org) => <Badge variant="light">{t(`organizations.stage.${org.stage}`)}</Badge>,
    },
    {
      key: 'strength',
      label: t('strength.short'),
      width: '90px',
      render: (org) => <StrengthBadge value={org.strength} />,
    },
    {
      key: 'location',
      label: t('organizations.fields.location'),
      width: 'minmax(140px, 1fr)',
      render: (org) => (
        <Text size="sm" truncate>
          {[org.city, org.region, org.country].filter(Boolean).join(', ')}
        </Text>
      ),
    },
    {
      key: 'domain',
      label: t('organizations.fields.domain'),
      width: 'minmax(140px, 1fr)',
      render: (org) => (
        <Text size="sm" truncate>
          {org.domain}
        </Text>
      ),
    },
    {
      key: 'tags',
      label: t('organizations.fields.tags'),
      width: 'minmax(140px, 1fr)',
      render: (org) => (
        <Group gap={4} wrap="nowrap">
          {org.tags.slice(0, 3).map((tag) => (
            <Badge key={tag} size="sm" variant="outline">
              {tag}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'owner',
      label: t('organizations.fields.owner'),
      width: 'minmax(110px, 1fr)',
      render: (org) => org.owner,
    },
    {
      key: 'updatedAt',
      label: t('organizations.fields.updatedAt'),
      width: 'minmax(150px, 1fr)',
      sortKey: 'updatedAt',
      render: (org) => <Text size="sm">{format.dateTime(org.updatedAt)}</Text>,
    },
  ]
}

export const defaultOrganizationColumns = ['type', 'stage', 'strength', 'location', 'tags']
