import { IconLock } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import type { Contact } from '../../../../shared/domain/contact'
import type { Formatters } from '../../../../shared/i18n/format'
import { strengthCell } from '../../shell/Strength'
import { CellTags, CellText } from '../../table/cells'
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
        <>
          <CellText strong>{contactName(c)}</CellText>
          {c.sensitive && (
            <IconLock
              size={14}
              aria-label={t('contacts.sensitive')}
              style={{ flex: 'none', marginInlineStart: 6 }}
            />
          )}
        </>
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
      render: (c) => <CellText>{primary(c.emails)?.address}</CellText>,
    },
    {
      key: 'organizations',
      label: t('contacts.fields.organizations'),
      width: 'minmax(180px, 2fr)',
      render: (c) => <CellText>{c.organizationNames.join(', ')}</CellText>,
    },
    {
      key: 'title',
      label: t('contacts.fields.title'),
      width: 'minmax(140px, 1fr)',
      render: (c) => <CellText>{c.title}</CellText>,
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
      render: (c) => strengthCell(t, c.strength),
    },
    {
      key: 'tags',
      label: t('contacts.fields.tags'),
      width: 'minmax(140px, 1fr)',
      render: (c) => <CellTags tags={c.tags} />,
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
      render: (c) => <CellText>{format.dateTime(c.updatedAt)}</CellText>,
    },
  ]
}

export const defaultContactColumns = ['email', 'organizations', 'title', 'strength', 'tags']
