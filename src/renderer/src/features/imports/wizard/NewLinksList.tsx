import { Checkbox, List, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NewLinks } from '../../../import/createLinkedPlanner'

type NewLinksListProps = {
  links: NewLinks
  create: boolean
  onCreate: (create: boolean) => void
}

/**
 * The metrics and screenings a metric values file names that the workspace lacks, which the
 * import will make (with each new metric's unit and why), and the choice not to.
 */
export function NewLinksList({ links, create, onCreate }: NewLinksListProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" data-testid="import-new-links">
      <Title order={4}>{t('imports.review.newLinks.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('imports.review.newLinks.hint')}
      </Text>
      <Checkbox
        label={t('imports.review.newLinks.create')}
        description={t('imports.review.newLinks.createHint')}
        checked={create}
        onChange={(event) => onCreate(event.currentTarget.checked)}
      />
      {create && (
        <List size="sm" spacing={4}>
          {links.metrics.map((metric) => (
            <List.Item key={`metric|${metric.campaign}|${metric.name}`}>
              {t('imports.review.newLinks.metric', {
                name: metric.name,
                campaign: metric.campaign,
                unit: t(`metrics.unit.${metric.unit}`),
              })}{' '}
              <Text span size="sm" c="dimmed">
                (
                {metric.unitWord
                  ? t('imports.review.newLinks.unitWord', { word: metric.unitWord })
                  : t('imports.review.newLinks.unitDefault')}
                )
              </Text>
            </List.Item>
          ))}
          {links.screenings.map((screening) => (
            <List.Item key={`screening|${screening.campaign}|${screening.title}`}>
              {t('imports.review.newLinks.screening', screening)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  )
}
