import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import { IconBuilding, IconCalendar, IconMail, IconPhone, IconWorld } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Contact } from '../../../../shared/domain/contact'
import type { Organization } from '../../../../shared/domain/organization'
import { useLocale } from '../../i18n/useLocale'
import type { DuplicateEntity } from './duplicateCandidate'
import { type DuplicateRecord, recordName } from './recordName'

function Line({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      {icon}
      <Text size="sm" c="dimmed" lineClamp={1}>
        {children}
      </Text>
    </Group>
  )
}

/** Enough of a record to recognise it: its name, how to reach it, where it belongs. */
export function RecordSummary({
  entity,
  record,
}: {
  entity: DuplicateEntity
  record: DuplicateRecord
}) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const separator = t('duplicates.listSeparator')
  const icon = { size: 14, stroke: 1.6, style: { flexShrink: 0 } }
  const lines: ReactNode[] = []
  if (entity === 'contacts') {
    const contact = record as Contact
    lines.push(
      <Line key="email" icon={<IconMail {...icon} />}>
        {contact.emails.map((email) => email.address).join(separator) || t('duplicates.noEmail')}
      </Line>,
    )
    if (contact.phones.length > 0) {
      lines.push(
        <Line key="phone" icon={<IconPhone {...icon} />}>
          {contact.phones.map((phone) => phone.number).join(separator)}
        </Line>,
      )
    }
    lines.push(
      <Line key="org" icon={<IconBuilding {...icon} />}>
        {contact.organizationNames.join(separator) || t('duplicates.noOrganization')}
      </Line>,
    )
  } else {
    const org = record as Organization
    lines.push(
      <Line key="web" icon={<IconWorld {...icon} />}>
        {org.domain ?? org.website ?? t('duplicates.noWebsite')}
      </Line>,
      <Line key="type" icon={<IconBuilding {...icon} />}>
        {[t(`organizations.type.${org.type}`), org.city, org.country].filter(Boolean).join(' · ')}
      </Line>,
    )
  }
  const path = entity === 'contacts' ? `/contacts/${record.id}` : `/partners/${record.id}`
  return (
    <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-default-hover)">
      <Stack gap={4}>
        <Anchor component={Link} to={path} fw={600} lineClamp={1}>
          {recordName(entity, record)}
        </Anchor>
        {lines}
        <Line icon={<IconCalendar {...icon} />}>
          {t('duplicates.added', { date: format.dateTime(record.createdAt) })}
        </Line>
      </Stack>
    </Paper>
  )
}
