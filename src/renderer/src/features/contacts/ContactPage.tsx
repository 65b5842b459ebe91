import {
  Badge,
  Checkbox,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useHotkeys } from '@mantine/hooks'
import { IconLock } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { RecordPageBar } from '../../shell/RecordPageBar'
import { useNavigate, useParams } from 'react-router'
import type { Contact } from '../../../../shared/domain/contact'
import { useLocale } from '../../i18n/useLocale'
import { EmptyState } from '../../shell/EmptyState'
import { InlineField } from '../../shell/InlineField'
import { useRecordFields } from '../../shell/RecordFields'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { useFieldSaver } from '../../shell/useFieldSaver'
import { Timeline } from '../activities/Timeline'
import { AffiliationList } from './AffiliationList'
import { type ContactMethod, ContactMethodsEditor } from './ContactMethodsEditor'
import { contactRepo } from './contactRepo'
import { contactName } from './contactName'

/** One person: fields edited in place, their organizations and their timeline. */
export function ContactPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const contact = useLiveQuery(async () => (await contactRepo.get(id)) ?? null, [id])
  const save = useFieldSaver(contactRepo, id)
  const fields = useRecordFields(save)
  useHotkeys([['Escape', () => void navigate('/contacts')]])

  if (contact === undefined) return null
  if (contact === null)
    return <EmptyState title={t('contacts.notFound')} body={t('contacts.notFoundBody')} />

  const trash = async () => {
    await contactRepo.softDelete(id)
    void navigate('/contacts')
    notifyWithUndo({
      message: t('contacts.deleted', { name: contactName(contact) }),
      undoLabel: t('common.undo'),
      onUndo: () => contactRepo.restore(id),
    })
  }

  const methods = (field: 'emails' | 'phones', label: string) => {
    const list: ContactMethod[] =
      field === 'emails'
        ? contact.emails.map((e) => ({ value: e.address, primary: e.primary }))
        : contact.phones.map((p) => ({ value: p.number, primary: p.primary }))
    return (
      <InlineField<ContactMethod[]>
        label={label}
        value={list}
        display={
          list.length ? (
            <Stack gap={2}>
              {list.map((m) => (
                <Group key={m.value} gap={6}>
                  <Text size="sm">{m.value}</Text>
                  {m.primary && list.length > 1 && (
                    <Badge size="xs" variant="light">
                      {t('contacts.primary')}
                    </Badge>
                  )}
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('common.notSet')}
            </Text>
          )
        }
        editor={(draft, setDraft, error) => (
          <ContactMethodsEditor label={label} methods={draft} onChange={setDraft} error={error} />
        )}
        onSave={(draft) => {
          const kept = draft.filter((m) => m.value.trim() !== '')
          const withPrimary = kept.some((m) => m.primary)
            ? kept
            : kept.map((m, i) => ({ ...m, primary: i === 0 }))
          return save(
            field,
            field === 'emails'
              ? withPrimary.map((m) => ({ address: m.value, primary: m.primary }))
              : withPrimary.map((m) => ({ number: m.value, primary: m.primary })),
          )
        }}
      />
    )
  }

  return (
    <Stack>
      <RecordPageBar
        backTo="/contacts"
        backLabel={t('contacts.title')}
        onDelete={() => void trash()}
      />
      <Group gap="sm">
        <Title order={2}>{contactName(contact)}</Title>
        {contact.sensitive && (
          <Badge color="grape" leftSection={<IconLock size={12} />}>
            {t('contacts.sensitive')}
          </Badge>
        )}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {fields.text('firstName', t('contacts.fields.firstName'), contact.firstName)}
                {fields.text('lastName', t('contacts.fields.lastName'), contact.lastName)}
                {fields.text('middleName', t('contacts.fields.middleName'), contact.middleName)}
                {methods('emails', t('contacts.fields.emails'))}
                {methods('phones', t('contacts.fields.phones'))}
                {fields.text('title', t('contacts.fields.title'), contact.title)}
                {fields.text('pronouns', t('contacts.fields.pronouns'), contact.pronouns)}
                {fields.text(
                  'preferredLanguage',
                  t('contacts.fields.preferredLanguage'),
                  contact.preferredLanguage,
                )}
                {fields.text('city', t('contacts.fields.city'), contact.city)}
                {fields.text('region', t('contacts.fields.region'), contact.region)}
                {fields.text('country', t('contacts.fields.country'), contact.country)}
                {fields.list('links', t('contacts.fields.links'), contact.links)}
                {fields.strength(contact.strength)}
                <ConsentField contact={contact} save={save} />
                <InlineField<boolean>
                  label={t('contacts.fields.sensitive')}
                  value={contact.sensitive}
                  display={
                    <Text size="sm">
                      {contact.sensitive ? t('contacts.sensitiveOn') : t('contacts.sensitiveOff')}
                    </Text>
                  }
                  editor={(draft, setDraft) => (
                    <Switch
                      label={t('contacts.sensitiveHelp')}
                      checked={draft}
                      onChange={(e) => setDraft(e.currentTarget.checked)}
                    />
                  )}
                  onSave={(draft) => save('sensitive', draft)}
                />
                {fields.list('tags', t('contacts.fields.tags'), contact.tags)}
              </SimpleGrid>
              <Stack mt="md">
                {fields.text('notes', t('contacts.fields.notes'), contact.notes, {
                  multiline: true,
                })}
              </Stack>
            </Paper>
            <AffiliationList side="contactId" id={id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Timeline subjectType="contact" subjectId={id} fieldNamespace="contacts" />
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

type Consent = Contact['consent']

function ConsentField({
  contact,
  save,
}: {
  contact: Contact
  save: (field: string, value: unknown) => Promise<string | null>
}) {
  const { t } = useTranslation()
  const { format } = useLocale()
  return (
    <InlineField<Consent>
      label={t('contacts.fields.consent')}
      value={contact.consent}
      display={
        <Text size="sm">
          {contact.consent.given
            ? t('contacts.consentGiven', {
                source: contact.consent.source ?? '—',
                date: contact.consent.date ? format.date(contact.consent.date) : '—',
              })
            : t('contacts.consentNotGiven')}
        </Text>
      }
      editor={(draft, setDraft, error) => (
        <Stack gap={6}>
          <Checkbox
            label={t('contacts.consentCheckbox')}
            checked={draft.given}
            onChange={(e) => setDraft({ ...draft, given: e.currentTarget.checked })}
          />
          <TextInput
            aria-label={t('contacts.consentSource')}
            placeholder={t('contacts.consentSource')}
            value={draft.source ?? ''}
            onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value || undefined })}
          />
          <DateInput
            aria-label={t('contacts.consentDate')}
            placeholder={t('contacts.consentDate')}
            valueFormat="LL"
            clearable
            value={draft.date ?? null}
            onChange={(value) => setDraft({ ...draft, date: value ?? undefined })}
            error={error}
          />
        </Stack>
      )}
      onSave={(draft) => save('consent', draft)}
    />
  )
}
