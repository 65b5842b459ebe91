import type { TFunction } from 'i18next'
import type { Organization } from '../../../../shared/domain/organization'
import type { Formatters } from '../../../../shared/i18n/format'
import { strengthCell } from '../../shell/Strength'
import { CellBadge, CellTags, CellText } from '../../table/cells'
import type { Column } from '../../table/DataTable'

/** Every column the partners table can show; `name` always, the rest by choice. */
export function organizationColumns(t: TFunction, format: Formatters): Column<Organization>[] {
  return [
    {
      key: 'name',
      label: t('organizations.fields.name'),
      width: 'minmax(220px, 2fr)',
      sortKey: 'name',
      render: (org) => <CellText strong>{org.name}</CellText>,
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
      render: (org) => <CellBadge>{t(`organizations.stage.${org.stage}`)}</CellBadge>,
    },
    {
      key: 'strength',
      label: t('strength.short'),
      width: '90px',
      render: (org) => strengthCell(t, org.strength),
    },
    {
      key: 'location',
      label: t('organizations.fields.location'),
      width: 'minmax(140px, 1fr)',
      render: (org) => (
        <CellText>{[org.city, org.region, org.country].filter(Boolean).join(', ')}</CellText>
      ),
    },
    {
      key: 'domain',
      label: t('organizations.fields.domain'),
      width: 'minmax(140px, 1fr)',
      render: (org) => <CellText>{org.domain}</CellText>,
    },
    {
      key: 'tags',
      label: t('organizations.fields.tags'),
      width: 'minmax(140px, 1fr)',
      render: (org) => <CellTags tags={org.tags} />,
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
      render: (org) => <CellText>{format.dateTime(org.updatedAt)}</CellText>,
    },
  ]
}

export const defaultOrganizationColumns = ['type', 'stage', 'strength', 'location', 'tags']
