import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { type Screening, screeningPersonRoles } from '../../../../shared/domain/screening'
import { db } from '../../db/db'
import { InlineField } from '../../shell/InlineField'
import { OrganizationName } from './OrganizationName'
import { RecordSelect } from './RecordSelect'
import type { ScreeningFieldsApi } from './useScreeningFields'

type Props = { screening: Screening; fields: ScreeningFieldsApi }

/** The host, the co-presenting partners with their roles, and the people with theirs. */
export function ScreeningPartners({ screening, fields }: Props) {
  const { t } = useTranslation()
  const [partner, setPartner] = useState<string | null>(null)
  const [partnerRole, setPartnerRole] = useState('')
  const [contact, setContact] = useState<string | null>(null)
  const [personRole, setPersonRole] = useState<string | null>('speaker')
  const names = useLiveQuery(async () => {
    const contacts = await db.contacts.bulkGet(screening.people.map((p) => p.contactId))
    return new Map(
      contacts.flatMap((c) => (c ? [[c.id, `${c.firstName} ${c.lastName}`.trim()] as const] : [])),
    )
  }, [screening.people])

  const addPartner = async () => {
    if (!partner) return
    const rest = screening.coPresenters.filter((p) => p.organizationId !== partner)
    await fields.save('coPresenters', [...rest, { organizationId: partner, role: partnerRole }])
    setPartner(null)
    setPartnerRole('')
  }
  const addPerson = async () => {
    if (!contact || !personRole) return
    await fields.save('people', [...screening.people, { contactId: contact, role: personRole }])
    setContact(null)
  }
  const remove = (label: string, onClick: () => void) => (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
      <IconTrash size={14} />
    </ActionIcon>
  )
  const roleOptions = screeningPersonRoles.map((value) => ({
    value,
    label: t(`screenings.role.${value}`),
  }))

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>{t('screenings.partners')}</Title>
        <InlineField<string | null>
          label={t('screenings.fields.host')}
          value={screening.hostOrganizationId ?? null}
          display={
            screening.hostOrganizationId ? (
              <OrganizationName id={screening.hostOrganizationId} link />
            ) : (
              <Text size="sm" c="dimmed">
                {t('common.notSet')}
              </Text>
            )
          }
          editor={(draft, setDraft, error) => (
            <RecordSelect
              kind="organizations"
              aria-label={t('screenings.fields.host')}
              value={draft}
              onChange={setDraft}
              error={error}
            />
          )}
          onSave={(draft) => fields.save('hostOrganizationId', draft ?? undefined)}
        />
        <Table aria-label={t('screenings.fields.coPresenters')}>
          <Table.Tbody>
            {screening.coPresenters.map((p) => (
              <Table.Tr key={p.organizationId}>
                <Table.Td>
                  <OrganizationName id={p.organizationId} link />
                </Table.Td>
                <Table.Td>{p.role}</Table.Td>
                <Table.Td w={40}>
                  {remove(
                    t('screenings.removePartner'),
                    () =>
                      void fields.save(
                        'coPresenters',
                        screening.coPresenters.filter((o) => o.organizationId !== p.organizationId),
                      ),
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-end" gap="xs">
          <RecordSelect
            kind="organizations"
            label={t('screenings.coPresenter')}
            value={partner}
            onChange={setPartner}
            flex={2}
          />
          <TextInput
            label={t('screenings.partnerRole')}
            value={partnerRole}
            onChange={(e) => setPartnerRole(e.currentTarget.value)}
            flex={1}
          />
          <Button onClick={() => void addPartner()} disabled={!partner}>
            {t('screenings.addPartner')}
          </Button>
        </Group>

        <Title order={4} mt="sm">
          {t('screenings.people')}
        </Title>
        {screening.people.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('screenings.noPeople')}
          </Text>
        )}
        <Table aria-label={t('screenings.people')}>
          <Table.Tbody>
            {screening.people.map((p, index) => (
              <Table.Tr key={`${p.contactId}-${p.role}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${p.contactId}`} size="sm">
                    {names?.get(p.contactId) ?? ''}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`screenings.role.${p.role}`)}</Table.Td>
                <Table.Td w={40}>
                  {remove(
                    t('screenings.removePerson'),
                    () =>
                      void fields.save(
                        'people',
                        screening.people.filter((_, i) => i !== index),
                      ),
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-end" gap="xs">
          <RecordSelect
            kind="contacts"
            label={t('screenings.person')}
            value={contact}
            onChange={setContact}
            flex={2}
          />
          <Select
            label={t('screenings.personRole')}
            data={roleOptions}
            value={personRole}
            onChange={setPersonRole}
            allowDeselect={false}
            flex={1}
          />
          <Button onClick={() => void addPerson()} disabled={!contact}>
            {t('screenings.addPerson')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
