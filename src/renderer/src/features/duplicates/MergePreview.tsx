import { Badge, Button, Card, DataList, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconGitMerge } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLocale } from '../../i18n/useLocale'
import type { DuplicateEntity } from './duplicateCandidate'
import { fieldValueText } from './fieldValueText'
import { isEmptyValue, mergeFieldsOf, sameValue } from './mergeFields'

type MergePreviewProps = {
  entity: DuplicateEntity
  kept: Record<string, unknown>
  result: Record<string, unknown>
  otherName: string
  moves: { affiliations: number; activities: number; other: number } | undefined
  backTo: string
  saving: boolean
  onMerge: () => void
}

/** The record as it will be after the merge, what else moves, and the button that does it. */
export function MergePreview({
  entity,
  kept,
  result,
  otherName,
  moves,
  backTo,
  saving,
  onMerge,
}: MergePreviewProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const fields = [
    ...mergeFieldsOf[entity].map(({ field }) => field),
    ...(entity === 'contacts' ? ['organizationNames'] : []),
  ].filter((field) => !isEmptyValue(result[field]))

  return (
    <Card withBorder padding="md" component="section" aria-label={t('duplicates.result')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('duplicates.result')}
        </Title>
        <DataList size="sm" gap="xs" orientation="vertical" data-testid="merge-result">
          {fields.map((field) => (
            <DataList.Item key={field}>
              <DataList.ItemLabel>{t(`duplicates.fields.${field}`)}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Text size="sm" span style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
                  {fieldValueText(field, result[field], t)}
                </Text>{' '}
                {!sameValue(kept[field], result[field]) && (
                  <Badge size="xs" variant="light" tt="none">
                    {t('duplicates.changed')}
                  </Badge>
                )}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <List size="sm" c="dimmed" spacing={4}>
          {moves && moves.affiliations > 0 && (
            <List.Item>
              {t('duplicates.moves.affiliations', {
                count: moves.affiliations,
                formatted: format.number(moves.affiliations),
              })}
            </List.Item>
          )}
          {moves && moves.activities > 0 && (
            <List.Item>
              {t('duplicates.moves.activities', {
                count: moves.activities,
                formatted: format.number(moves.activities),
              })}
            </List.Item>
          )}
          {moves && moves.other > 0 && (
            <List.Item>
              {t('duplicates.moves.other', {
                count: moves.other,
                formatted: format.number(moves.other),
              })}
            </List.Item>
          )}
          <List.Item>{t('duplicates.moves.trash', { name: otherName })}</List.Item>
        </List>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" component={Link} to={backTo}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconGitMerge size={16} />} loading={saving} onClick={onMerge}>
            {t('duplicates.confirmMerge')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
