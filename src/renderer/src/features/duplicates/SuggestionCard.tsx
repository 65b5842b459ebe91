import { Badge, Button, Card, Group, SimpleGrid } from '@mantine/core'
import { IconGitMerge, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { RecordSummary } from './RecordSummary'
import type { DuplicateCandidate, DuplicateEntity, DuplicateReason } from './duplicateCandidate'
import { type DuplicateRecord, recordName } from './recordName'

type SuggestionCardProps = {
  entity: DuplicateEntity
  candidate: DuplicateCandidate
  first: DuplicateRecord
  second: DuplicateRecord
  onMerge: () => void
  onDismiss: () => void
}

const reasonColor: Record<DuplicateReason['kind'], string> = {
  sameEmail: 'grape',
  sameDomain: 'grape',
  sameName: 'blue',
  similarName: 'cyan',
}

/** One suggested pair: both records side by side, why they look alike, and what to do. */
export function SuggestionCard({
  entity,
  candidate,
  first,
  second,
  onMerge,
  onDismiss,
}: SuggestionCardProps) {
  const { t } = useTranslation()
  const label = t('duplicates.pairLabel', {
    a: recordName(entity, first),
    b: recordName(entity, second),
  })
  return (
    <Card withBorder padding="md" component="article" aria-label={label} data-testid="suggestion">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="xs">
          {candidate.reasons.map((reason) => (
            <Badge key={reason.kind} variant="light" color={reasonColor[reason.kind]} tt="none">
              {t(`duplicates.reason.${reason.kind}`, {
                value: 'value' in reason ? reason.value : '',
              })}
            </Badge>
          ))}
        </Group>
        <Group gap="xs">
          <Button size="xs" leftSection={<IconGitMerge size={14} />} onClick={onMerge}>
            {t('duplicates.merge')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconX size={14} />} onClick={onDismiss}>
            {t('duplicates.notDuplicate')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm" spacing="sm">
        <RecordSummary entity={entity} record={first} />
        <RecordSummary entity={entity} record={second} />
      </SimpleGrid>
    </Card>
  )
}
