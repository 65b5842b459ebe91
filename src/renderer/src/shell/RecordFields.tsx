import { Badge, Group, Select, TagsInput, Text, TextInput, Textarea } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { InlineField } from './InlineField'
import { StrengthBadge, StrengthInput } from './Strength'

type Save = (field: string, value: unknown) => Promise<string | null>

const none = (text: string | undefined, empty: string): ReactNode =>
  text ? (
    <Text size="sm">{text}</Text>
  ) : (
    <Text size="sm" c="dimmed">
      {empty}
    </Text>
  )

/** Editable fields of a record's detail page, each saved on its own. */
export function useRecordFields(save: Save) {
  const { t } = useTranslation()
  const notSet = t('common.notSet')
  return {
    text: (
      field: string,
      label: string,
      value: string | undefined,
      options: { multiline?: boolean } = {},
    ) => (
      <InlineField<string>
        label={label}
        value={value ?? ''}
        display={
          options.multiline ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {value || notSet}
            </Text>
          ) : (
            none(value, notSet)
          )
        }
        editor={(draft, setDraft, error) =>
          options.multiline ? (
            <Textarea
              aria-label={label}
              autosize
              minRows={3}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              error={error}
              autoFocus
            />
          ) : (
            <TextInput
              aria-label={label}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              error={error}
              autoFocus
            />
          )
        }
        onSave={(draft) =>
          save(field, draft.trim() === '' && !options.multiline ? undefined : draft)
        }
      />
    ),
    choice: (
      field: string,
      label: string,
      value: string,
      options: { value: string; label: string }[],
    ) => (
      <InlineField<string>
        label={label}
        value={value}
        display={<Text size="sm">{options.find((o) => o.value === value)?.label ?? value}</Text>}
        editor={(draft, setDraft, error) => (
          <Select
            aria-label={label}
            data={options}
            value={draft}
            onChange={(v) => v && setDraft(v)}
            allowDeselect={false}
            searchable
            error={error}
            autoFocus
          />
        )}
        onSave={(draft) => save(field, draft)}
      />
    ),
    list: (field: string, label: string, value: string[]) => (
      <InlineField<string[]>
        label={label}
        value={value}
        display={
          value.length ? (
            <Group gap={4}>
              {value.map((item) => (
                <Badge key={item} variant="outline">
                  {item}
                </Badge>
              ))}
            </Group>
          ) : (
            none(undefined, notSet)
          )
        }
        editor={(draft, setDraft, error) => (
          <TagsInput aria-label={label} value={draft} onChange={setDraft} error={error} autoFocus />
        )}
        onSave={(draft) => save(field, draft)}
      />
    ),
    strength: (value: number | undefined) => (
      <InlineField<number | undefined>
        label={t('strength.label')}
        value={value}
        display={
          <Group gap="xs">
            <StrengthBadge value={value} />
            <Text size="sm" c="dimmed">
              {value ? t(`strength.meaning.${value}`) : t('strength.noneMeaning')}
            </Text>
          </Group>
        }
        editor={(draft, setDraft) => <StrengthInput value={draft} onChange={setDraft} />}
        onSave={(draft) => save('strength', draft)}
      />
    ),
  }
}
