import { Badge, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { RecordPageBar } from '../../shell/RecordPageBar'
import { useNavigate, useParams } from 'react-router'
import { type Screening, screeningTypes } from '../../../../shared/domain/screening'
import { EmptyState } from '../../shell/EmptyState'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { Timeline } from '../activities/Timeline'
import { ScreeningMetrics } from '../metrics/ScreeningMetrics'
import { ScreeningPartners } from './ScreeningPartners'
import { ScreeningSections } from './ScreeningSections'
import { StatusStepper } from './StatusStepper'
import { TimeZoneSelect } from './TimeZoneSelect'
import { statusColors } from './screeningColumns'
import { screeningRepo } from './screeningRepo'
import { useCampaignOptions } from './useCampaignOptions'
import { useScreeningFields } from './useScreeningFields'
import { InlineField } from '../../shell/InlineField'
import { instantToWallClock, wallClockToInstant } from '../../../../shared/time/zonedTime'

/** One screening from request to host report: fields edited in place, status, timeline. */
export function ScreeningPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  // null once it is known that there is no such record; undefined while reading.
  const screening = useLiveQuery(async () => (await screeningRepo.get(id)) ?? null, [id])
  useHotkeys([['Escape', () => void navigate('/screenings')]])

  if (screening === undefined) return null
  if (screening === null)
    return <EmptyState title={t('screenings.notFound')} body={t('screenings.notFoundBody')} />
  return <ScreeningDetail screening={screening} />
}

function ScreeningDetail({ screening }: { screening: Screening }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const fields = useScreeningFields(screening)
  const campaigns = useCampaignOptions()
  const { id, venue } = screening

  const trash = async () => {
    await screeningRepo.softDelete(id)
    void navigate('/screenings')
    notifyWithUndo({
      message: t('screenings.deleted', { title: screening.title }),
      undoLabel: t('common.undo'),
      onUndo: () => screeningRepo.restore(id),
    })
  }

  // A new zone keeps the wall clock: the start was entered in the wrong zone, not at the wrong hour.
  const saveZone = async (zone: string | null) => {
    if (!zone) return null
    const wall = screening.startsAt && instantToWallClock(screening.startsAt, screening.timeZone)
    const problem = await fields.save('timeZone', zone)
    if (problem || !wall) return problem
    return fields.save('startsAt', wallClockToInstant(wall, zone))
  }

  return (
    <Stack>
      <RecordPageBar
        backTo="/screenings"
        backLabel={t('screenings.title')}
        onDelete={() => void trash()}
      />
      <Group gap="sm">
        <Title order={2}>{screening.title}</Title>
        <Badge variant="light" color={statusColors[screening.status]} data-testid="status-badge">
          {t(`screenings.status.${screening.status}`)}
        </Badge>
      </Group>
      {screening.deletedAt && <Text c="red">{t('screenings.inTrash')}</Text>}
      <StatusStepper screening={screening} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {fields.text('title', t('screenings.fields.title'), screening.title)}
                {fields.choice(
                  'campaignId',
                  t('screenings.fields.campaign'),
                  screening.campaignId,
                  campaigns ?? [],
                )}
                {fields.choice(
                  'type',
                  t('screenings.fields.type'),
                  screening.type,
                  screeningTypes.map((value) => ({ value, label: t(`screenings.type.${value}`) })),
                )}
                {fields.start()}
                <InlineField<string>
                  label={t('screenings.fields.timeZone')}
                  value={screening.timeZone}
                  display={<Text size="sm">{screening.timeZone}</Text>}
                  editor={(draft, setDraft, error) => (
                    <TimeZoneSelect
                      aria-label={t('screenings.fields.timeZone')}
                      value={draft}
                      onChange={(zone) => zone && setDraft(zone)}
                      error={error}
                    />
                  )}
                  onSave={saveZone}
                />
                {fields.number(
                  'durationMinutes',
                  t('screenings.fields.durationMinutes'),
                  screening.durationMinutes,
                )}
                {fields.text('venue.name', t('screenings.fields.venueName'), venue.name)}
                {fields.text('venue.address', t('screenings.fields.address'), venue.address)}
                {fields.text('venue.city', t('screenings.fields.city'), venue.city)}
                {fields.text('venue.country', t('screenings.fields.country'), venue.country)}
                {fields.number('venue.capacity', t('screenings.fields.capacity'), venue.capacity)}
              </SimpleGrid>
            </Paper>
            <ScreeningPartners screening={screening} fields={fields} />
            <ScreeningSections screening={screening} fields={fields} />
            <ScreeningMetrics screening={screening} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Timeline subjectType="screening" subjectId={id} fieldNamespace="screenings" />
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
