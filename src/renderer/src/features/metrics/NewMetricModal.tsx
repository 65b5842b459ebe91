import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { impactDynamics } from '../../../../shared/domain/campaign'
import { metricDirections, metricUnits } from '../../../../shared/domain/metricDefinition'
import { parseLocaleNumber } from '../../../../shared/i18n/parseNumber'
import { useLocale } from '../../i18n/useLocale'
import { useCampaignOptions } from '../screenings/useCampaignOptions'
import { DynamicSelect } from './MetricDetails'
import { metricDefinitionRepo } from './metricDefinitionRepo'
import { useMetricFormat } from './useMetricFormat'
import { notifySaveFailed } from '../../storage/saveFailedNotice'

type Props = { opened: boolean; onClose: () => void; campaignId: string | null }

type Values = {
  name: string
  campaignId: string | null
  unit: (typeof metricUnits)[number]
  direction: (typeof metricDirections)[number]
  dynamic: string
  baseline: string
  target: string
  targetDate: string | null
  description: string
}

/** A new metric for a campaign; what was typed stays when something is wrong. */
export function NewMetricModal({ opened, onClose, campaignId }: Props) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const format = useMetricFormat()
  const navigate = useNavigate()
  const campaigns = useCampaignOptions()
  const number = (text: string) =>
    text.trim() === '' ? undefined : parseLocaleNumber(text, locale)
  const numberError = (text: string) =>
    number(text) === null ? t('metrics.errors.notNumber', { example: format.example }) : null
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      campaignId,
      unit: 'count',
      direction: 'increase',
      dynamic: '',
      baseline: '',
      target: '',
      targetDate: null,
      description: '',
    },
    validate: {
      name: (value) => (value.trim() === '' ? t('metrics.nameRequired') : null),
      campaignId: (value) => (value ? null : t('metrics.campaignRequired')),
      baseline: numberError,
      target: numberError,
    },
  })

  const close = () => {
    form.reset()
    onClose()
  }

  const submit = form.onSubmit(async (values) => {
    try {
      const metric = await metricDefinitionRepo.create({
        name: values.name,
        campaignId: values.campaignId!,
        unit: values.unit,
        direction: values.direction,
        dynamic: (values.dynamic || undefined) as (typeof impactDynamics)[number] | undefined,
        baseline: number(values.baseline) ?? undefined,
        target: number(values.target) ?? undefined,
        targetDate: values.targetDate ?? undefined,
        description: values.description,
      })
      notifications.show({ color: 'green', message: t('metrics.created', { name: metric.name }) })
      close()
      void navigate(`/metrics/${metric.id}`)
    } catch (error) {
      notifySaveFailed(error, (message) => t('metrics.saveFailed', { message }))
    }
  })

  const choices = (values: readonly string[], ns: string) =>
    values.map((value) => ({ value, label: t(`metrics.${ns}.${value}`) }))
  const label = (field: string) => t(`metrics.fields.${field}`)

  return (
    <Modal opened={opened} onClose={close} title={t('metrics.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={label('name')}
            placeholder={t('metrics.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={label('campaign')}
            data={campaigns ?? []}
            required
            searchable
            {...form.getInputProps('campaignId')}
          />
          <SimpleGrid cols={2}>
            <Select
              label={label('unit')}
              data={choices(metricUnits, 'unit')}
              allowDeselect={false}
              {...form.getInputProps('unit')}
            />
            <Select
              label={label('direction')}
              data={choices(metricDirections, 'direction')}
              allowDeselect={false}
              {...form.getInputProps('direction')}
            />
            <TextInput
              label={label('baseline')}
              inputMode="decimal"
              {...form.getInputProps('baseline')}
            />
            <TextInput
              label={label('target')}
              inputMode="decimal"
              {...form.getInputProps('target')}
            />
            <DateInput
              label={label('targetDate')}
              valueFormat="LL"
              clearable
              {...form.getInputProps('targetDate')}
            />
            <DynamicSelect
              label={label('dynamic')}
              value={form.values.dynamic}
              onChange={(dynamic) => form.setFieldValue('dynamic', dynamic)}
            />
          </SimpleGrid>
          <Textarea
            label={label('description')}
            placeholder={t('metrics.descriptionPlaceholder')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
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
