import { ActionIcon, Checkbox, Group, ScrollArea, Stack, Text } from '@mantine/core'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportField } from '../../../../shared/csv'

type Props = {
  /** Every field, in the order the file will have them. */
  fields: readonly ImportField[]
  chosen: ReadonlySet<string>
  /** Keys that cannot be left out. */
  essential: readonly string[]
  onChange: (fields: ImportField[], chosen: Set<string>) => void
}

/** The columns of the file: ticked ones are written, in this order (moved with the arrows). */
export function ExportColumns({ fields, chosen, essential, onChange }: Props) {
  const { t } = useTranslation()
  const move = (index: number, by: number) => {
    const next = [...fields]
    const [field] = next.splice(index, 1)
    next.splice(index + by, 0, field as ImportField)
    onChange(next, new Set(chosen))
  }
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(key)
    else next.delete(key)
    onChange([...fields], next)
  }

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('exports.columns')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('exports.columnsHint')} {t('exports.required')}
      </Text>
      <ScrollArea.Autosize mah={220} type="auto" data-testid="export-columns">
        <Stack gap={2} pe="sm">
          {fields.map((field, index) => {
            const required = essential.includes(field.key)
            return (
              <Group key={field.key} gap="xs" wrap="nowrap">
                <Checkbox
                  flex={1}
                  size="xs"
                  label={field.header}
                  checked={required || chosen.has(field.key)}
                  disabled={required}
                  onChange={(event) => toggle(field.key, event.currentTarget.checked)}
                />
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  disabled={index === 0}
                  aria-label={t('exports.moveUp', { column: field.header })}
                  onClick={() => move(index, -1)}
                >
                  <IconArrowUp size={14} />
                </ActionIcon>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  disabled={index === fields.length - 1}
                  aria-label={t('exports.moveDown', { column: field.header })}
                  onClick={() => move(index, 1)}
                >
                  <IconArrowDown size={14} />
                </ActionIcon>
              </Group>
            )
          })}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  )
}
