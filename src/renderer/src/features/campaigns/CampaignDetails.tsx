import {
  Badge,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { type Campaign, campaignStatuses, impactDynamics } from '../../../../shared/domain/campaign'
import { useLocale } from '../../i18n/useLocale'
import { InlineField } from '../../shell/InlineField'
import { useRecordFields } from '../../shell/RecordFields'
import { useFieldSaver } from '../../shell/useFieldSaver'
import { campaignRepo } from './campaignRepo'

type Dynamic = (typeof impactDynamics)[number]
type Dynamics = { list: Dynamic[]; primary: Dynamic | undefined }
type Film = Campaign['film']
const accessVersions = ['closedCaptions', 'audioDescription', 'asl'] as const

/** Every field of a campaign, each edited in place and saved on its own. */
export function CampaignDetails({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const saveField = useFieldSaver(campaignRepo, campaign.id)
  const save = async (field: string, value: unknown) => {
    const next = { ...campaign, [field]: value }
    if (next.startDate && next.endDate && next.endDate < next.startDate)
      return t('campaigns.endBeforeStart')
    return saveField(field, value)
  }
  const fields = useRecordFields(save)
  const saveFilm = (key: keyof Film, value: unknown) =>
    saveField('film', { ...campaign.film, [key]: value })
  const filmFields = useRecordFields((key, value) => saveFilm(key as keyof Film, value))
  const dynamicLabel = (d: string) => t(`campaigns.dynamics.${d}`)

  const date = (field: 'startDate' | 'endDate') => (
    <InlineField<string | null>
      label={t(`campaigns.fields.${field}`)}
      value={campaign[field] ?? null}
      display={
        <Text size="sm" c={campaign[field] ? undefined : 'dimmed'}>
          {campaign[field] ? format.date(campaign[field]) : t('common.notSet')}
        </Text>
      }
      editor={(draft, setDraft, error) => (
        <DateInput
          aria-label={t(`campaigns.fields.${field}`)}
          value={draft}
          onChange={(value) => setDraft(value)}
          valueFormat="LL"
          clearable
          error={error}
          autoFocus
        />
      )}
      onSave={(draft) => save(field, draft ?? undefined)}
    />
  )

  return (
    <Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {fields.text('title', t('campaigns.fields.title'), campaign.title)}
          {fields.choice(
            'status',
            t('campaigns.fields.status'),
            campaign.status,
            campaignStatuses.map((s) => ({ value: s, label: t(`campaigns.status.${s}`) })),
          )}
          {date('startDate')}
          {date('endDate')}
          {fields.list('issueTags', t('campaigns.fields.issueTags'), campaign.issueTags)}
          <InlineField<Dynamics>
            label={t('campaigns.fields.impactDynamics')}
            value={{ list: campaign.impactDynamics, primary: campaign.primaryDynamic }}
            display={
              campaign.impactDynamics.length ? (
                <Group gap={4}>
                  {campaign.impactDynamics.map((d) => (
                    <Badge
                      key={d}
                      variant={d === campaign.primaryDynamic ? 'filled' : 'outline'}
                      title={d === campaign.primaryDynamic ? t('campaigns.primary') : undefined}
                    >
                      {dynamicLabel(d)}
                      {d === campaign.primaryDynamic && ` · ${t('campaigns.primary')}`}
                    </Badge>
                  ))}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('common.notSet')}
                </Text>
              )
            }
            editor={(draft, setDraft) => (
              <Stack gap="xs">
                <Checkbox.Group
                  aria-label={t('campaigns.fields.impactDynamics')}
                  value={draft.list}
                  onChange={(list) => {
                    const chosen = impactDynamics.filter((d) => list.includes(d))
                    const primary =
                      draft.primary && chosen.includes(draft.primary) ? draft.primary : chosen[0]
                    setDraft({ list: chosen, primary })
                  }}
                >
                  <Stack gap={6}>
                    {impactDynamics.map((d) => (
                      <Checkbox key={d} value={d} label={dynamicLabel(d)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
                {draft.list.length > 1 && (
                  <Radio.Group
                    label={t('campaigns.primaryDynamic')}
                    value={draft.primary ?? null}
                    onChange={(p) => setDraft({ ...draft, primary: p as Dynamic })}
                  >
                    <Group gap="sm" mt={4}>
                      {draft.list.map((d) => (
                        <Radio key={d} value={d} label={dynamicLabel(d)} />
                      ))}
                    </Group>
                  </Radio.Group>
                )}
              </Stack>
            )}
            onSave={async (draft) => {
              await campaignRepo.update(campaign.id, {
                impactDynamics: draft.list,
                primaryDynamic: draft.primary,
              })
              return null
            }}
          />
          {fields.text('websiteUrl', t('campaigns.fields.websiteUrl'), campaign.websiteUrl)}
          {fields.text('trailerUrl', t('campaigns.fields.trailerUrl'), campaign.trailerUrl)}
        </SimpleGrid>
        <Stack mt="md">
          {fields.text('logline', t('campaigns.fields.logline'), campaign.logline, {
            multiline: true,
          })}
          {fields.text('goals', t('campaigns.fields.goals'), campaign.goals, { multiline: true })}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('campaigns.film')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <InlineField<string | number>
            label={t('campaigns.fields.runtime')}
            value={campaign.film.runtimeMinutes ?? ''}
            display={
              <Text size="sm" c={campaign.film.runtimeMinutes ? undefined : 'dimmed'}>
                {campaign.film.runtimeMinutes
                  ? t('campaigns.minutes', {
                      count: campaign.film.runtimeMinutes,
                      formatted: format.number(campaign.film.runtimeMinutes),
                    })
                  : t('common.notSet')}
              </Text>
            }
            editor={(draft, setDraft, error) => (
              <NumberInput
                aria-label={t('campaigns.fields.runtime')}
                value={draft}
                onChange={setDraft}
                min={1}
                allowDecimal={false}
                suffix={` ${t('campaigns.min')}`}
                error={error}
                autoFocus
              />
            )}
            onSave={(draft) => saveFilm('runtimeMinutes', draft === '' ? undefined : Number(draft))}
          />
          {filmFields.list('languages', t('campaigns.fields.languages'), campaign.film.languages)}
        </SimpleGrid>
        <Group mt="md" gap="lg">
          {accessVersions.map((key) => (
            <Switch
              key={key}
              label={t(`campaigns.fields.${key}`)}
              checked={campaign.film[key]}
              onChange={(event) => void saveFilm(key, event.currentTarget.checked)}
            />
          ))}
        </Group>
      </Paper>
    </Stack>
  )
}
