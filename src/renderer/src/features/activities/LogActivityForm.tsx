import { Button, Group, Paper, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { Activity } from '../../../../shared/domain/activity'
import { activityRepo } from './activityRepo'

const kinds = ['call', 'email', 'meeting', 'note'] as const

type Values = {
  kind: (typeof kinds)[number]
  occurredAt: string | null
  summary: string
  details: string
}

/** Log a call, email, meeting or note, dated (now unless said otherwise). */
export function LogActivityForm({
  subjectType,
  subjectId,
}: {
  subjectType: Activity['subjectType']
  subjectId: string
}) {
  const { t } = useTranslation()
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: 'call', occurredAt: null, summary: '', details: '' },
    validate: {
      summary: (value) => (value.trim() === '' ? t('timeline.summaryRequired') : null),
    },
  })

  const submit = form.onSubmit(async (values) => {
    await activityRepo.create({
      subjectType,
      subjectId,
      kind: values.kind,
      // DateTimePicker gives local "YYYY-MM-DD HH:mm:ss"; stored as an instant in UTC.
      occurredAt: values.occurredAt
        ? new Date(values.occurredAt).toISOString()
        : new Date().toISOString(),
      summary: values.summary,
      details: values.details,
    })
    form.reset()
  })

  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-label={t('timeline.log')}>
        <Stack gap="xs">
          <Group grow align="flex-start">
            <Select
              label={t('timeline.kindLabel')}
              data={kinds.map((value) => ({ value, label: t(`timeline.kind.${value}`) }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <DateTimePicker
              label={t('timeline.when')}
              placeholder={t('timeline.now')}
              valueFormat="LLL"
              clearable
              {...form.getInputProps('occurredAt')}
            />
          </Group>
          <TextInput label={t('timeline.summary')} {...form.getInputProps('summary')} />
          <Textarea
            label={t('timeline.details')}
            autosize
            minRows={1}
            {...form.getInputProps('details')}
          />
          <Group justify="flex-end">
            <Button type="submit" size="xs">
              {t('timeline.log')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
