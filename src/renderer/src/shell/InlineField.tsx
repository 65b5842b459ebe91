import { ActionIcon, Box, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'

type InlineFieldProps<V> = {
  label: string
  value: V
  /** How the value reads when not being edited. */
  display: ReactNode
  /** The editor for a draft value; `error` is the message for the field, if any. */
  editor: (draft: V, setDraft: (value: V) => void, error: string | null) => ReactNode
  /** Saves the draft; resolves to an error message to show, or null when saved. */
  onSave: (value: V) => Promise<string | null>
}

/**
 * A field shown as text and edited in place: Enter or the check saves, Escape cancels. A value
 * the record refuses stays in the editor with the reason, so nothing typed is lost.
 */
export function InlineField<V>({ label, value, display, editor, onSave }: InlineFieldProps<V>) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<V | null>(null)
  const [error, setError] = useState<string | null>(null)
  const editing = draft !== null

  const cancel = () => {
    setDraft(null)
    setError(null)
  }
  const save = async () => {
    if (draft === null) return
    const problem = await onSave(draft)
    if (problem) setError(problem)
    else cancel()
  }

  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {editing ? (
        <Group
          align="flex-start"
          gap="xs"
          wrap="nowrap"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation()
              cancel()
            }
            if (event.key === 'Enter' && !(event.target instanceof HTMLTextAreaElement)) {
              event.preventDefault()
              void save()
            }
          }}
        >
          <Box flex={1}>{editor(draft, setDraft, error)}</Box>
          <ActionIcon
            variant="filled"
            aria-label={t('common.saveField', { field: label })}
            onClick={() => void save()}
            mt={4}
          >
            <IconCheck size={16} />
          </ActionIcon>
          <ActionIcon variant="default" aria-label={t('common.cancel')} onClick={cancel} mt={4}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ) : (
        <Group gap="xs" wrap="nowrap" className="inline-field">
          <Box flex={1} miw={0}>
            {display}
          </Box>
          <Tooltip label={t('common.editField', { field: label })}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('common.editField', { field: label })}
              onClick={() => setDraft(value)}
            >
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      )}
    </Stack>
  )
}
