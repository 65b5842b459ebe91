import { Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Screening,
  accessibilityFlags,
  licenceTypes,
  qaKinds,
} from '../../../../shared/domain/screening'
import type { ScreeningFieldsApi } from './useScreeningFields'

type Props = { screening: Screening; fields: ScreeningFieldsApi }

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  )
}

/** Licence, accessibility, Q&A and call to action, audience, and the host's report. */
export function ScreeningSections({ screening, fields }: Props) {
  const { t } = useTranslation()
  const choices = (values: readonly string[], ns: string) =>
    values.map((value) => ({ value, label: t(`screenings.${ns}.${value}`) }))
  const { licence, accessibility, qa } = screening
  const report = screening.hostReport ?? {}

  return (
    <>
      <Section title={t('screenings.sections.licence')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {fields.choice(
            'licence.type',
            t('screenings.fields.licenceType'),
            licence.type,
            choices(licenceTypes, 'licence'),
          )}
          {fields.number('licence.fee', t('screenings.fields.fee'), licence.fee)}
          {fields.text('licence.currency', t('screenings.fields.currency'), licence.currency)}
          {fields.text(
            'licence.revenueShare',
            t('screenings.fields.revenueShare'),
            licence.revenueShare,
          )}
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('screenings.fields.admission')}
            </Text>
            <SegmentedControl
              aria-label={t('screenings.fields.admission')}
              value={licence.ticketed ? 'ticketed' : 'free'}
              onChange={(value) => void fields.save('licence.ticketed', value === 'ticketed')}
              data={[
                { value: 'free', label: t('screenings.admission.free') },
                { value: 'ticketed', label: t('screenings.admission.ticketed') },
              ]}
            />
          </Stack>
        </SimpleGrid>
      </Section>

      <Section title={t('screenings.fields.accessibility')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mb="md">
          {accessibilityFlags.map((flag) =>
            fields.check(
              `accessibility.${flag}`,
              t(`screenings.access.${flag}`),
              accessibility[flag],
            ),
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {fields.text(
            'accessibility.aslScope',
            t('screenings.fields.aslScope'),
            accessibility.aslScope,
          )}
          {fields.list(
            'accessibility.subtitleLanguages',
            t('screenings.fields.subtitleLanguages'),
            accessibility.subtitleLanguages,
          )}
          {fields.list(
            'accessibility.interpretationLanguages',
            t('screenings.fields.interpretationLanguages'),
            accessibility.interpretationLanguages,
          )}
        </SimpleGrid>
      </Section>

      <Section title={t('screenings.sections.program')}>
        <Stack>
          {fields.choice('qa.kind', t('screenings.fields.qa'), qa.kind, choices(qaKinds, 'qaKind'))}
          {fields.text('qa.notes', t('screenings.fields.qaNotes'), qa.notes, { multiline: true })}
          {fields.text(
            'callToAction',
            t('screenings.fields.callToAction'),
            screening.callToAction,
            {
              multiline: true,
            },
          )}
        </Stack>
      </Section>

      <Section title={t('screenings.fields.notes')}>
        {fields.text('notes', t('screenings.fields.notes'), screening.notes, { multiline: true })}
      </Section>

      <Section title={t('screenings.sections.audience')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {fields.number('rsvps', t('screenings.fields.rsvps'), screening.rsvps)}
          {fields.number('ticketsSold', t('screenings.fields.ticketsSold'), screening.ticketsSold)}
          {fields.number('attendance', t('screenings.fields.attendance'), screening.attendance)}
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('screenings.fields.attendanceEstimated')}
            </Text>
            <SegmentedControl
              aria-label={t('screenings.fields.attendanceEstimated')}
              value={screening.attendanceEstimated ? 'estimated' : 'counted'}
              onChange={(value) => void fields.save('attendanceEstimated', value === 'estimated')}
              data={[
                { value: 'counted', label: t('screenings.counted') },
                { value: 'estimated', label: t('screenings.estimated') },
              ]}
            />
          </Stack>
        </SimpleGrid>
      </Section>

      <Section title={t('screenings.fields.hostReport')}>
        <Stack>
          {fields.text(
            'hostReport.whyThisFilm',
            t('screenings.fields.whyThisFilm'),
            report.whyThisFilm,
            {
              multiline: true,
            },
          )}
          {fields.text(
            'hostReport.whatWasUseful',
            t('screenings.fields.whatWasUseful'),
            report.whatWasUseful,
            { multiline: true },
          )}
          {fields.text('hostReport.notes', t('screenings.fields.reportNotes'), report.notes, {
            multiline: true,
          })}
        </Stack>
      </Section>
    </>
  )
}
