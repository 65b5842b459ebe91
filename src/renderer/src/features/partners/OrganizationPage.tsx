import { Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { RecordPageBar } from '../../shell/RecordPageBar'
import { useNavigate, useParams } from 'react-router'
import { organizationTypes, partnershipStages } from '../../../../shared/domain/organization'
import { EmptyState } from '../../shell/EmptyState'
import { useRecordFields } from '../../shell/RecordFields'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { useFieldSaver } from '../../shell/useFieldSaver'
import { Timeline } from '../activities/Timeline'
import { AffiliationList } from '../contacts/AffiliationList'
import { refreshContactsOf } from '../contacts/affiliations'
import { organizationRepo } from './organizationRepo'

/** One partner organization: its fields edited in place, its people and its timeline. */
export function OrganizationPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  // null once it is known that there is no such record; undefined while reading.
  const org = useLiveQuery(async () => (await organizationRepo.get(id)) ?? null, [id])
  const saveField = useFieldSaver(organizationRepo, id)
  const save = async (field: string, value: unknown) => {
    const problem = await saveField(field, value)
    if (!problem && field === 'name') await refreshContactsOf(id)
    return problem
  }
  const fields = useRecordFields(save)
  useHotkeys([['Escape', () => void navigate('/partners')]])

  if (org === undefined) return null
  if (org === null)
    return <EmptyState title={t('organizations.notFound')} body={t('organizations.notFoundBody')} />

  const trash = async () => {
    await organizationRepo.softDelete(id)
    void navigate('/partners')
    notifyWithUndo({
      message: t('organizations.deleted', { name: org.name }),
      undoLabel: t('common.undo'),
      onUndo: () => organizationRepo.restore(id),
    })
  }

  const choices = (values: readonly string[], ns: string) =>
    values.map((value) => ({ value, label: t(`organizations.${ns}.${value}`) }))

  return (
    <Stack>
      <RecordPageBar
        backTo="/partners"
        backLabel={t('partners.title')}
        onDelete={() => void trash()}
      />
      <Title order={2}>{org.name}</Title>
      {org.deletedAt && <Text c="red">{t('organizations.inTrash')}</Text>}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {fields.text('name', t('organizations.fields.name'), org.name)}
                {fields.choice(
                  'type',
                  t('organizations.fields.type'),
                  org.type,
                  choices(organizationTypes, 'type'),
                )}
                {fields.choice(
                  'stage',
                  t('organizations.fields.stage'),
                  org.stage,
                  choices(partnershipStages, 'stage'),
                )}
                {fields.strength(org.strength)}
                {fields.text('website', t('organizations.fields.website'), org.website)}
                {fields.text('domain', t('organizations.fields.domain'), org.domain)}
                {fields.text('city', t('organizations.fields.city'), org.city)}
                {fields.text('region', t('organizations.fields.region'), org.region)}
                {fields.text('country', t('organizations.fields.country'), org.country)}
                {fields.text('owner', t('organizations.fields.owner'), org.owner)}
                {fields.list('languages', t('organizations.fields.languages'), org.languages)}
                {fields.list('tags', t('organizations.fields.tags'), org.tags)}
                {fields.list('aliases', t('organizations.fields.aliases'), org.aliases)}
              </SimpleGrid>
              <Stack mt="md">
                {fields.text('notes', t('organizations.fields.notes'), org.notes, {
                  multiline: true,
                })}
              </Stack>
            </Paper>
            <AffiliationList side="organizationId" id={id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Timeline subjectType="organization" subjectId={id} fieldNamespace="organizations" />
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
