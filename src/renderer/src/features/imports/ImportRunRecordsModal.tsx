import { Anchor, Divider, Modal, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ImportRun } from '../../../../shared/domain/importRun'
import { useLocale } from '../../i18n/useLocale'
import { contactName } from '../contacts/contactName'
import { type CreatedRecords, importRunRecords } from './importRunRecords'

const SHOWN = 200

type Item = { id: string; name: string; to: string }

function CreatedList({
  title,
  records,
  items,
}: {
  title: string
  records: CreatedRecords<unknown> | undefined
  items: Item[]
}) {
  const { t } = useTranslation()
  const { format } = useLocale()
  if (!records) return null
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Title order={4} size="h5">
        {title} ({format.number(records.total)})
      </Title>
      {records.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('imports.records.none')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.id}>
              <Anchor component={Link} to={item.to} size="sm">
                {item.name}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
      {records.total > items.length && (
        <Text size="sm" c="dimmed">
          {t('imports.records.more', { count: records.total - items.length })}
        </Text>
      )}
    </Stack>
  )
}

type ImportRunRecordsModalProps = { run: ImportRun; opened: boolean; onClose: () => void }

/** The partners and contacts a run created, each a link to its page, and what it updated. */
export function ImportRunRecordsModal({ run, opened, onClose }: ImportRunRecordsModalProps) {
  const { t } = useTranslation()
  const organizations = useLiveQuery(
    () => (opened ? importRunRecords.organizations(run.id, SHOWN) : undefined),
    [opened, run.id],
  )
  const contacts = useLiveQuery(
    () => (opened ? importRunRecords.contacts(run.id, SHOWN) : undefined),
    [opened, run.id],
  )
  const { organizations: orgCounts, contacts: contactCounts } = run.counts.byTable
  const updated = (
    [
      ['dashboard.counts.organizations', orgCounts.updated],
      ['dashboard.counts.contacts', contactCounts.updated],
    ] as const
  ).filter(([, count]) => count > 0)

  return (
    <Modal opened={opened} onClose={onClose} title={t('imports.records.title')} size="lg">
      <Stack>
        <CreatedList
          title={t('imports.records.createdPartners')}
          records={organizations}
          items={(organizations?.items ?? []).map((org) => ({
            id: org.id,
            name: org.name,
            to: `/partners/${org.id}`,
          }))}
        />
        <CreatedList
          title={t('imports.records.createdContacts')}
          records={contacts}
          items={(contacts?.items ?? []).map((contact) => ({
            id: contact.id,
            name: contactName(contact),
            to: `/contacts/${contact.id}`,
          }))}
        />
        <Divider />
        <Stack gap={4} data-testid="import-updated">
          {orgCounts.updated + contactCounts.updated === 0 ? (
            <Text size="sm">{t('imports.records.noneUpdated')}</Text>
          ) : (
            updated.map(([key, count]) => (
              <Text key={key} size="sm">
                {t('imports.records.updated', { records: t(key, { count }) })}
              </Text>
            ))
          )}
        </Stack>
      </Stack>
    </Modal>
  )
}
