import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLocale } from '../../i18n/useLocale'
import { screeningsOf } from './campaignQueries'

/** The campaign's screenings, each at its start in its own time zone. */
export function CampaignScreenings({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const screenings = useLiveQuery(() => screeningsOf(campaignId), [campaignId])

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="campaign-screenings">
      <Title order={3} size="h4" mb="sm" id="campaign-screenings">
        {t('campaigns.screenings')}
      </Title>
      {screenings?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('campaigns.noScreenings')}
        </Text>
      ) : (
        <Table aria-label={t('campaigns.screenings')} verticalSpacing="xs">
          <Table.Tbody>
            {screenings?.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/screenings/${s.id}`} size="sm">
                    {s.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {s.startsAt ? format.dateTime(s.startsAt, s.timeZone) : t('common.notSet')}
                  </Text>
                  {s.startsAt && (
                    <Text size="xs" c="dimmed">
                      {s.timeZone}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`campaigns.screeningStatus.${s.status}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
