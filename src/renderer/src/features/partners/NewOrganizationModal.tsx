import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import {
  type OrganizationInput,
  organizationTypes,
  partnershipStages,
} from '../../../../shared/domain/organization'
import { StrengthInput } from '../../shell/Strength'
import { fieldErrors } from '../../shell/fieldErrors'
import { organizationRepo } from './organizationRepo'

type Values = {
  name: string
  type: OrganizationInput['type'] & string
  stage: OrganizationInput['stage'] & string
  website: string
  city: string
  country: string
  strength: number | undefined
}

const empty: Values = {
  name: '',
  type: 'other',
  stage: 'prospect',
  website: '',
  city: '',
  country: '',
  strength: undefined,
}

export function NewOrganizationModal({
  opened,
  onClose,
}: {
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<Values>({ mode: 'controlled', initialValues: empty })

  const close = () => {
    form.reset()
    onClose()
  }

  const submit = form.onSubmit(async (values) => {
    const input = {
      ...values,
      website: values.website.trim() || undefined,
      city: values.city.trim() || undefined,
      country: values.country.trim() || undefined,
    }
    const errors = fieldErrors(organizationRepo.check(input), t)
    if (errors) return form.setErrors(errors)
    const org = await organizationRepo.create(input)
    notifications.show({ color: 'green', message: t('organizations.created', { name: org.name }) })
    close()
    void navigate(`/partners/${org.id}`)
  })

  return (
    <Modal opened={opened} onClose={close} title={t('organizations.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('organizations.fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group grow align="flex-start">
            <Select
              label={t('organizations.fields.type')}
              data={organizationTypes.map((value) => ({
                value,
                label: t(`organizations.type.${value}`),
              }))}
              allowDeselect={false}
              searchable
              {...form.getInputProps('type')}
            />
            <Select
              label={t('organizations.fields.stage')}
              data={partnershipStages.map((value) => ({
                value,
                label: t(`organizations.stage.${value}`),
              }))}
              allowDeselect={false}
              {...form.getInputProps('stage')}
            />
          </Group>
          <TextInput
            label={t('organizations.fields.website')}
            placeholder="https://"
            {...form.getInputProps('website')}
          />
          <Group grow>
            <TextInput label={t('organizations.fields.city')} {...form.getInputProps('city')} />
            <TextInput
              label={t('organizations.fields.country')}
              {...form.getInputProps('country')}
            />
          </Group>
          <StrengthInput
            value={form.values.strength}
            onChange={(value) => form.setFieldValue('strength', value)}
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
