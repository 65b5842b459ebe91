import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { StrengthInput } from '../../shell/Strength'
import { fieldErrors } from '../../shell/fieldErrors'
import { contactRepo } from './contactRepo'
import { contactName } from './contactName'

type Values = {
  firstName: string
  lastName: string
  email: string
  phone: string
  title: string
  strength: number | undefined
  sensitive: boolean
}

const empty: Values = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  title: '',
  strength: undefined,
  sensitive: false,
}

/** A new person: a name or an email is enough to start. */
export function NewContactModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<Values>({ mode: 'controlled', initialValues: empty })

  const close = () => {
    form.reset()
    onClose()
  }

  const submit = form.onSubmit(async (values) => {
    const input = {
      firstName: values.firstName,
      lastName: values.lastName,
      emails: values.email.trim() ? [{ address: values.email, primary: true }] : [],
      phones: values.phone.trim() ? [{ number: values.phone, primary: true }] : [],
      title: values.title.trim() || undefined,
      strength: values.strength,
      sensitive: values.sensitive,
    }
    const errors = fieldErrors(contactRepo.check(input), t)
    if (errors) {
      // The schema names list items (emails.0.address); the form has one field for each.
      return form.setErrors({
        firstName: errors['lastName'],
        email: errors['emails.0.address'],
        phone: errors['phones.0.number'],
      })
    }
    const contact = await contactRepo.create(input)
    notifications.show({
      color: 'green',
      message: t('contacts.created', { name: contactName(contact) }),
    })
    close()
    void navigate(`/contacts/${contact.id}`)
  })

  return (
    <Modal opened={opened} onClose={close} title={t('contacts.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput
              label={t('contacts.fields.firstName')}
              data-autofocus
              {...form.getInputProps('firstName')}
            />
            <TextInput label={t('contacts.fields.lastName')} {...form.getInputProps('lastName')} />
          </Group>
          <TextInput
            label={t('contacts.fields.email')}
            type="email"
            {...form.getInputProps('email')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('contacts.fields.phone')}
              type="tel"
              {...form.getInputProps('phone')}
            />
            <TextInput label={t('contacts.fields.title')} {...form.getInputProps('title')} />
          </Group>
          <StrengthInput
            value={form.values.strength}
            onChange={(value) => form.setFieldValue('strength', value)}
          />
          <Switch
            label={t('contacts.sensitiveHelp')}
            {...form.getInputProps('sensitive', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
