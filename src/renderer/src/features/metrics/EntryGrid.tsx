import { ActionIcon, Checkbox, Table, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { type KeyboardEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MetricDefinition } from '../../../../shared/domain/metricDefinition'
import { useLocale } from '../../i18n/useLocale'
import { ScopeSelect } from './ScopeSelect'
import {
  type DraftCell,
  type DraftErrors,
  type EntryDraft,
  emptyDraft,
  entryFromDraft,
} from './entryDraft'
import { metricEntryRepo } from './metricEntryRepo'
import { todayIso, useMetricFormat } from './useMetricFormat'

const cells: DraftCell[] = ['value', 'date', 'periodEnd', 'scope']

/**
 * The row where values are typed, spreadsheet style: Tab moves between cells, Enter adds the row
 * and starts the next one with the same date, scope and source, ready for the next value. A cell
 * that cannot be read says why, and nothing is saved.
 */
export function EntryGrid({ metric }: { metric: MetricDefinition }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const format = useMetricFormat()
  const [draft, setDraft] = useState<EntryDraft>(() => emptyDraft(todayIso()))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [status, setStatus] = useState('')
  const refs = useRef<Partial<Record<DraftCell, HTMLInputElement | null>>>({})

  const set = (patch: Partial<EntryDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const cell of Object.keys(patch)) delete next[cell as DraftCell]
      return next
    })
  }

  const add = async () => {
    const result = entryFromDraft(draft, metric, locale)
    if ('errors' in result) {
      setErrors(result.errors)
      setStatus('')
      const first = cells.find((cell) => result.errors[cell])
      if (first) refs.current[first]?.focus()
      return
    }
    await metricEntryRepo.create(result.input)
    setErrors({})
    setDraft({
      ...emptyDraft(draft.date, draft.scope),
      source: draft.source,
      estimated: draft.estimated,
    })
    setStatus(
      t('metrics.entry.added', {
        value: format.value(result.input.value, metric.unit),
        date: format.date(result.input.date),
      }),
    )
    refs.current.value?.focus()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    // An open option list takes Enter for itself (it marks the event handled).
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return
    event.preventDefault()
    void add()
  }

  const message = (cell: DraftCell) => errors[cell] && t(errors[cell], { example: format.example })

  return (
    <>
      <Table.Tr onKeyDown={onKeyDown} data-testid="entry-row" style={{ verticalAlign: 'top' }}>
        <Table.Td>
          <TextInput
            ref={(el) => {
              refs.current.value = el
            }}
            aria-label={t('metrics.entry.value')}
            placeholder={format.example}
            inputMode="decimal"
            value={draft.value}
            onChange={(e) => set({ value: e.currentTarget.value })}
            error={message('value')}
            autoFocus
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            ref={(el) => {
              refs.current.date = el
            }}
            type="date"
            aria-label={t('metrics.entry.date')}
            value={draft.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
            error={message('date')}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            ref={(el) => {
              refs.current.periodEnd = el
            }}
            type="date"
            aria-label={t('metrics.entry.periodEnd')}
            value={draft.periodEnd}
            onChange={(e) => set({ periodEnd: e.currentTarget.value })}
            error={message('periodEnd')}
          />
        </Table.Td>
        <Table.Td>
          <ScopeSelect
            ref={(el) => {
              refs.current.scope = el
            }}
            aria-label={t('metrics.entry.scope')}
            campaignId={metric.campaignId}
            value={draft.scope}
            onChange={(scope) => set({ scope })}
            error={message('scope')}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t('metrics.entry.source')}
            placeholder={t('metrics.entry.sourcePlaceholder')}
            value={draft.source}
            onChange={(e) => set({ source: e.currentTarget.value })}
          />
        </Table.Td>
        <Table.Td>
          <Checkbox
            mt={8}
            aria-label={t('metrics.entry.estimated')}
            checked={draft.estimated}
            onChange={(e) => set({ estimated: e.currentTarget.checked })}
          />
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={t('metrics.entry.notes')}
            value={draft.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
        </Table.Td>
        <Table.Td>
          <Tooltip label={t('metrics.entry.add')}>
            <ActionIcon
              mt={4}
              variant="filled"
              aria-label={t('metrics.entry.add')}
              onClick={() => void add()}
            >
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td colSpan={8} py={4}>
          <Text size="xs" c="dimmed" role="status" data-testid="entry-status">
            {status || t('metrics.entry.help')}
          </Text>
        </Table.Td>
      </Table.Tr>
    </>
  )
}
