import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { campaignStatuses } from '../../../../shared/domain/campaign'
import { campaignRepo } from './campaignRepo'
import { notifySaveFailed } from '../../storage/saveFailedNotice'

type NewCampaignModalProps = { opened: boolean; onClose: () => void }

type Values = {
  title: string
  logline: string
  status: (typeof campaignStatuses)[number]
  startDate: string | null
}

export function NewCampaignModal({ opened, onClose }: NewCampaignModalProps) {
  const { t } = useTranslation()
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: '', logline: '', status: 'planning', startDate: null },
    validate: { title: (value) => (value.trim() === '' ? t('campaigns.titleRequired') : null) },
  })

  const close = () => {
    form.reset()
    onClose()
  }

  const submit = form.onSubmit(async (values) => {
    try {
      const campaign = await campaignRepo.create({
        title: values.title,
        logline: values.logline,
        status: values.status,
        startDate: values.startDate ?? undefined,
      })
      notifications.show({
        color: 'green',
        message: t('campaigns.created', { title: campaign.title }),
      })
      close()
    } catch (error) {
      // The form stays open with what was typed, so nothing is lost.
      notifySaveFailed(error, (message) => t('campaigns.saveFailed', { message }))
    }
  })

  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('campaigns.fields.title')}
            placeholder={t('campaigns.fields.titlePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('campaigns.fields.logline')}
            placeholder={t('campaigns.fields.loglinePlaceholder')}
            autosize
            minRows={2}
            {...form.getInputProps('logline')}
          />
          <Group grow align="flex-start">
            <Select
              label={t('campaigns.fields.status')}
              data={campaignStatuses.map((status) => ({
                value: status,
                label: t(`campaigns.status.${status}`),
              }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <DateInput
              label={t('campaigns.fields.startDate')}
              valueFormat="LL"
              clearable
              {...form.getInputProps('startDate')}
            />
          </Group>
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
