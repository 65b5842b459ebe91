import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Screening } from '../../../../shared/domain/screening'
import { useLocale } from '../../i18n/useLocale'
import { notifyWithUndo } from '../../shell/notifyWithUndo'
import { type DraftErrors, type EntryDraft, emptyDraft, entryFromDraft } from './entryDraft'
import { metricEntryRepo } from './metricEntryRepo'
import { entriesOfScreening, metricsOf } from './metricQueries'
import { screeningDay } from './screeningDay'
import { todayIso, useMetricFormat } from './useMetricFormat'

/**
 * Values counted at one screening, such as the calls to senators made after it: one of the
 * campaign's metrics, recorded here with the screening as its scope, and the values so far.
 */
export function ScreeningMetrics({ screening }: { screening: Screening }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const format = useMetricFormat()
  const metrics = useLiveQuery(() => metricsOf(screening.campaignId), [screening.campaignId])
  const entries = useLiveQuery(() => entriesOfScreening(screening.id), [screening.id])
  const scope = `screening:${screening.id}`
  const fresh = () => emptyDraft(screeningDay(screening) ?? todayIso(), scope)
  const [draft, setDraft] = useState<EntryDraft>(fresh)
  const [chosen, setChosen] = useState<string | null>(null)
  const [errors, setErrors] = useState<DraftErrors & { metric?: string }>({})
  const metricId = chosen ?? metrics?.[0]?.id ?? null
  const byId = new Map(metrics?.map((m) => [m.id, m]))
  // Values of a metric in the trash go with it.
  const shown = metrics && entries?.filter((e) => byId.has(e.metricId))
  const set = (patch: Partial<EntryDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setErrors({})
  }

  const record = async (event: FormEvent) => {
    event.preventDefault()
    const metric = metricId ? byId.get(metricId) : undefined
    if (!metric) return setErrors({ metric: 'metrics.errors.metric' })
    const result = entryFromDraft({ ...draft, scope }, metric, locale)
    if ('errors' in result) return setErrors(result.errors)
    await metricEntryRepo.create(result.input)
    setDraft({ ...fresh(), date: draft.date, source: draft.source })
    setErrors({})
  }

  const remove = async (id: string) => {
    await metricEntryRepo.softDelete(id)
    notifyWithUndo({
      message: t('metrics.entry.deleted'),
      undoLabel: t('common.undo'),
      onUndo: () => metricEntryRepo.restore(id),
    })
  }

  const message = (key: string | undefined) => key && t(key, { example: format.example })
  const title = t('metrics.screening.title')
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} mb="sm">
        {title}
      </Title>
      {metrics?.length === 0 ? (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('metrics.screening.noMetrics')}
          </Text>
          <Anchor component={Link} to="/metrics?new=1" size="sm">
            {t('metrics.screening.define')}
          </Anchor>
        </Group>
      ) : (
        <form onSubmit={(e) => void record(e)} noValidate>
          <Group align="flex-start" gap="xs" wrap="wrap">
            <Select
              aria-label={t('metrics.screening.metric')}
              label={t('metrics.screening.metric')}
              data={metrics?.map((m) => ({ value: m.id, label: m.name })) ?? []}
              value={metricId}
              onChange={(id) => {
                setChosen(id)
                setErrors({})
              }}
              allowDeselect={false}
              error={message(errors.metric)}
              w={220}
            />
            <TextInput
              label={t('metrics.entry.value')}
              placeholder={format.example}
              inputMode="decimal"
              value={draft.value}
              onChange={(e) => set({ value: e.currentTarget.value })}
              error={message(errors.value)}
              w={120}
            />
            <TextInput
              type="date"
              label={t('metrics.entry.date')}
              value={draft.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
              error={message(errors.date)}
              w={160}
            />
            <TextInput
              label={t('metrics.entry.source')}
              placeholder={t('metrics.entry.sourcePlaceholder')}
              value={draft.source}
              onChange={(e) => set({ source: e.currentTarget.value })}
              w={180}
            />
            <Checkbox
              label={t('metrics.entry.estimated')}
              checked={draft.estimated}
              onChange={(e) => set({ estimated: e.currentTarget.checked })}
              mt={32}
            />
            <Button type="submit" mt={24}>
              {t('metrics.screening.record')}
            </Button>
          </Group>
        </form>
      )}
      {shown?.length === 0 && metrics?.length !== 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('metrics.screening.none')}
        </Text>
      )}
      {shown && shown.length > 0 && (
        <Table aria-label={title} mt="sm" verticalSpacing={4}>
          <Table.Tbody>
            {shown.map((entry) => {
              const metric = byId.get(entry.metricId)
              return (
                <Table.Tr key={entry.id} data-testid="screening-metric">
                  <Table.Td>
                    {metric ? (
                      <Anchor component={Link} to={`/metrics/${metric.id}`} size="sm">
                        {metric.name}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('metrics.scope.missing')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {format.value(entry.value, metric?.unit ?? 'count')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {format.period(entry.date, entry.periodEnd)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.source}</Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.estimated && (
                      <Badge variant="light" color="orange" size="sm">
                        {t('metrics.entry.estimatedBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td w={40}>
                    <Tooltip label={t('metrics.entry.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('metrics.entry.delete')}
                        onClick={() => void remove(entry.id)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
