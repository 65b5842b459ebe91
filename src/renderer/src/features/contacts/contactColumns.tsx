import { Badge, Group, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import type { Contact } from '../../../../shared/domain/contact'
import type { Formatters } from '../../../../shared/i18n/format'
import { StrengthBadge } from '../../shell/Strength'
import type { Column } from '../../table/DataTable'
import { contactName } from './contactName'

const primary = <T extends { primary: boolean }>(list: T[]) =>
  list.find((item) => item.primary) ?? list[0]

/** Every column the contacts table can show; the name always, the rest by choice. */
export function contactColumns(t: TFunction, format: Formatters): Column<Contact>[] {
  return [
    {
      key: 'lastName',
      label: t('contacts.fields.name'),
      width: 'minmax(200px, 2fr)',
      sortKey: 'lastName',
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <Text fw={500} truncate>
            {contactName(c)}
          </Text>
          {c.sensitive && <IconLock size={14} aria-label={t('contacts.sensitive')} />}
        </Group>
      ),
    },
    {
      key: 'firstName',
      label: t('contacts.fields.firstName'),
      width: 'minmax(120px, 1fr)',
      sortKey: 'firstName',
      render: (c) => c.firstName,
    },
    {
      key: 'email',
      label: t('contacts.fields.email'),
      width: 'minmax(200px, 2fr)',
      render: (c) => (
        <Text size="sm" truncate>
          {primary(c.emails)?.address}
        </Text>
      ),
    },
    {
      key: 'organizations',
      label: t('contacts.fields.organizations'),
      width: 'minmax(180px, 2fr)',
      render: (c) => (
        <Text size="sm" truncate>
          {c.organizationNames.join(', ')}
        </Text>
      ),
    },
    {
      key: 'title',
      label: t('contacts.fields.title'),
      width: 'minmax(140px, 1fr)',
      render: (c) => (
        <Text size="sm" truncate>
          {c.title}
        </Text>
      ),
    },
    {
      key: 'phone',
      label: t('contacts.fields.phone'),
      width: 'minmax(140px, 1fr)',
      render: (c) => primary(c.phones)?.number,
    },
    {
      key: 'strength',
      label: t('strength.short'),
      width: '90px',
      render: (c) => <StrengthBadge value={c.strength} />,
    },
    {
      key: 'tags',
      label: t('contacts.fields.tags'),
      width: 'minmax(140px, 1fr)',
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          {c.tags.slice(0, 3).map((tag) => (
            <Badge key={tag} size="sm" variant="outline">
              {tag}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      key: 'consent',
      label: t('contacts.fields.consent'),
      width: '110px',
      render: (c) => (c.consent.given ? t('common.yes') : t('common.no')),
    },
    {
      key: 'updatedAt',
      label: t('contacts.fields.updatedAt'),
      width: 'minmax(150px, 1fr)',
      sortKey: 'updatedAt',
      render: (c) => <Text size="sm">{format.dateTime(c.updatedAt)}</Text>,
    },
  ]
}

export const defaultContactColumns = ['email', 'organizations', 'title', 'strength', 'tags']
