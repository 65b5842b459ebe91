import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type ScreeningInput, screeningTypes } from '../../../../shared/domain/screening'
import { fieldErrors } from '../../shell/fieldErrors'
import { RecordSelect } from './RecordSelect'
import { TimeZoneSelect } from './TimeZoneSelect'
import { screeningRepo } from './screeningRepo'
import { useCampaignOptions } from './useCampaignOptions'
import { userTimeZone, wallClockToInstant } from '../../../../shared/time/zonedTime'

type Values = {
  campaignId: string | null
  title: string
  type: NonNullable<ScreeningInput['type']>
  /** The wall clock in `timeZone`, `YYYY-MM-DD HH:mm:ss`, as DateTimePicker gives it. */
  start: string | null
  timeZone: string
  durationMinutes: number | string
  venueName: string
  city: string
  country: string
  hostOrganizationId: string | null
}

const empty = (): Values => ({
  campaignId: null,
  title: '',
  type: 'community',
  start: null,
  timeZone: userTimeZone(),
  durationMinutes: '',
  venueName: '',
  city: '',
  country: '',
  hostOrganizationId: null,
})

const text = (value: string) => value.trim() || undefined

/** Schedules a screening; its start is the wall clock in its own time zone. */
export function NewScreeningModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const campaigns = useCampaignOptions()
  const form = useForm<Values>({ mode: 'controlled', initialValues: empty() })

  const close = () => {
    form.reset()
    onClose()
  }

  const submit = form.onSubmit(async (values) => {
    const input: ScreeningInput = {
      campaignId: values.campaignId ?? '',
      title: values.title,
      type: values.type,
      startsAt: values.start ? wallClockToInstant(values.start, values.timeZone) : undefined,
      timeZone: values.timeZone,
      durationMinutes:
        typeof values.durationMinutes === 'number' ? values.durationMinutes : undefined,
      venue: {
        name: text(values.venueName),
        city: text(values.city),
        country: text(values.country),
      },
      hostOrganizationId: values.hostOrganizationId ?? undefined,
      statusHistory: [{ status: 'requested', at: new Date().toISOString() }],
    }
    const errors = fieldErrors(screeningRepo.check(input), t)
    if (errors) {
      const { startsAt, ...rest } = errors
      return form.setErrors({ ...rest, ...(startsAt ? { start: startsAt } : {}) })
    }
    const screening = await screeningRepo.create(input)
    notifications.show({
      color: 'green',
      message: t('screenings.created', { title: screening.title }),
    })
    close()
    void navigate(`/screenings/${screening.id}`)
  })

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('screenings.new')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('screenings.fields.campaign')}
            required
            searchable
            data={campaigns ?? []}
            nothingFoundMessage={t('screenings.noCampaigns')}
            {...form.getInputProps('campaignId')}
          />
          <TextInput
            label={t('screenings.fields.title')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <Select
            label={t('screenings.fields.type')}
            data={screeningTypes.map((value) => ({
              value,
              label: t(`screenings.type.${value}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <Group grow align="flex-start">
            <DateTimePicker
              label={t('screenings.fields.startsAt')}
              valueFormat="YYYY-MM-DD HH:mm"
              timePickerProps={{
                hoursInputLabel: t('screenings.hours'),
                minutesInputLabel: t('screenings.minutes'),
              }}
              submitButtonProps={{ 'aria-label': t('screenings.pickDone') }}
              // Flipping above and below in a scrolling modal made the calendar jump about.
              popoverProps={{ middlewares: { flip: false, shift: true } }}
              clearable
              {...form.getInputProps('start')}
            />
            <TimeZoneSelect
              label={t('screenings.fields.timeZone')}
              {...form.getInputProps('timeZone')}
            />
          </Group>
          <NumberInput
            label={t('screenings.fields.durationMinutes')}
            min={1}
            allowDecimal={false}
            {...form.getInputProps('durationMinutes')}
          />
          <TextInput
            label={t('screenings.fields.venueName')}
            {...form.getInputProps('venueName')}
          />
          <Group grow>
            <TextInput label={t('screenings.fields.city')} {...form.getInputProps('city')} />
            <TextInput label={t('screenings.fields.country')} {...form.getInputProps('country')} />
          </Group>
          <RecordSelect
            kind="organizations"
            label={t('screenings.fields.host')}
            value={form.values.hostOrganizationId}
            onChange={(id) => form.setFieldValue('hostOrganizationId', id)}
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
