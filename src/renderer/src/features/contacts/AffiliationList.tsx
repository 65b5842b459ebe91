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
import { LIVE } from '../../../../shared/domain/record'
import { queryWords } from '../../../../shared/text/searchWords'
import { db } from '../../db/db'
import { affiliate, affiliationsOf, removeAffiliation } from './affiliations'

type AffiliationListProps = { side: 'contactId' | 'organizationId'; id: string }

/** The people of an organization, or the organizations of a person, with their roles. */
export function AffiliationList({ side, id }: AffiliationListProps) {
  const { t } = useTranslation()
  const rows = useLiveQuery(() => affiliationsOf(side, id), [side, id])
  const [other, setOther] = useState<string | null>(null)
  const [role, setRole] = useState('')
  const [query, setQuery] = useState('')
  const otherTable = side === 'contactId' ? db.organizations : db.contacts
  // Candidates come from the search index a few at a time, never the whole table.
  const candidates = useLiveQuery(async () => {
    // After a pick the search shows the whole name; its first word still finds it.
    const word = queryWords(query)[0]
    const found = word
      ? await otherTable.where('searchWords').startsWith(word).limit(20).toArray()
      : await otherTable.limit(20).toArray()
    return found
      .filter((record) => record.deletedAt === LIVE)
      .map((record) => ({
        value: record.id,
        label: 'name' in record ? record.name : `${record.firstName} ${record.lastName}`.trim(),
      }))
      .filter((option, index, all) => all.findIndex((o) => o.value === option.value) === index)
  }, [query, side])

  const add = async () => {
    if (!other) return
    await affiliate(
      side === 'contactId'
        ? { contactId: id, organizationId: other, role }
        : { contactId: other, organizationId: id, role },
    )
    setOther(null)
    setRole('')
    setQuery('')
  }

  return (
    <Stack gap="xs">
      <Title order={3}>
        {side === 'contactId' ? t('affiliations.organizations') : t('affiliations.people')}
      </Title>
      {rows?.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('affiliations.none')}
        </Text>
      )}
      {rows && rows.length > 0 && (
        <Table aria-label={t('affiliations.title')}>
          <Table.Tbody>
            {rows.map(({ affiliation, contact, organization }) => (
              <Table.Tr key={affiliation.id}>
                <Table.Td>
                  {side === 'contactId' ? (
                    <Anchor component={Link} to={`/partners/${organization?.id}`}>
                      {organization?.name}
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={`/contacts/${contact?.id}`}>
                      {`${contact?.firstName ?? ''} ${contact?.lastName ?? ''}`.trim()}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{affiliation.role}</Table.Td>
                <Table.Td w={40}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('affiliations.remove')}
                    onClick={() => void removeAffiliation(affiliation.id)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Paper withBorder p="xs">
        <Group align="flex-end" gap="xs">
          <Select
            label={side === 'contactId' ? t('affiliations.organization') : t('affiliations.person')}
            searchable
            data={candidates ?? []}
            value={other}
            onChange={setOther}
            searchValue={query}
            onSearchChange={setQuery}
            filter={({ options }) => options}
            nothingFoundMessage={t('table.noMatches')}
            flex={2}
          />
          <TextInput
            label={t('affiliations.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
            flex={1}
          />
          <Button onClick={() => void add()} disabled={!other}>
            {t('affiliations.add')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  )
}
