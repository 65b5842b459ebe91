import { ActionIcon, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export type ContactMethod = { value: string; primary: boolean }

type ContactMethodsEditorProps = {
  label: string
  methods: ContactMethod[]
  onChange: (methods: ContactMethod[]) => void
  error: string | null
}

/** Several emails or phones, exactly one of them primary. */
export function ContactMethodsEditor({
  label,
  methods,
  onChange,
  error,
}: ContactMethodsEditorProps) {
  const { t } = useTranslation()
  const primaryIndex = Math.max(
    0,
    methods.findIndex((m) => m.primary),
  )
  const set = (index: number, value: string) =>
    onChange(methods.map((m, i) => (i === index ? { ...m, value } : m)))
  const makePrimary = (index: number) =>
    onChange(methods.map((m, i) => ({ ...m, primary: i === index })))
  const remove = (index: number) => {
    const rest = methods.filter((_, i) => i !== index)
    onChange(
      rest.some((m) => m.primary) || rest.length === 0
        ? rest
        : rest.map((m, i) => ({ ...m, primary: i === 0 })),
    )
  }
  return (
    <Stack gap={6}>
      {methods.map((method, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          <Radio
            aria-label={t('contacts.makePrimary', { value: method.value })}
            checked={index === primaryIndex}
            onChange={() => makePrimary(index)}
          />
          <TextInput
            aria-label={`${label} ${index + 1}`}
            value={method.value}
            onChange={(e) => set(index, e.currentTarget.value)}
            flex={1}
            autoFocus={index === methods.length - 1}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('contacts.removeMethod', { value: method.value })}
            onClick={() => remove(index)}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...methods, { value: '', primary: methods.length === 0 }])}
      >
        {t('contacts.addMethod', { field: label })}
      </Button>
    </Stack>
  )
}
