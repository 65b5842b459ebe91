import { Badge, Button, MultiSelect, Popover, Stack } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { FilterValues } from '../db/tableQuery'

export type FilterOption = { value: string; label: string }

export type FilterField = {
  field: string
  label: string
  /** Fixed choices, or a read of the values in use, made only while the menu is open. */
  options: FilterOption[] | (() => Promise<FilterOption[]>)
  /** Values stored as numbers (relationship strength) are chosen as strings. */
  numeric?: boolean
}

type FilterMenuProps = {
  fields: FilterField[]
  filters: FilterValues
  onChange: (field: string, values: (string | number)[]) => void
  onClear: () => void
}

export function FilterMenu({ fields, filters, onChange, onClear }: FilterMenuProps) {
  const { t } = useTranslation()
  const active = Object.values(filters).filter((values) => values.length > 0).length
  return (
    <Popover position="bottom-start" width={320} shadow="md">
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconFilter size={16} />}
          rightSection={
            active > 0 ? (
              <Badge size="sm" circle>
                {active}
              </Badge>
            ) : null
          }
        >
          {t('table.filters')}
        </Button>
      </Popover.Target>
      {/* The dropdown is mounted only while open, so options in use are read only then. */}
      <Popover.Dropdown>
        <Stack gap="sm">
          {fields.map((field) => (
            <FilterSelect
              key={field.field}
              field={field}
              value={(filters[field.field] ?? []).map(String)}
              onChange={(values) =>
                onChange(field.field, field.numeric ? values.map(Number) : values)
              }
            />
          ))}
          <Button variant="subtle" onClick={onClear} disabled={active === 0}>
            {t('table.clearFilters')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}

type FilterSelectProps = {
  field: FilterField
  value: string[]
  onChange: (values: string[]) => void
}

function FilterSelect({ field, value, onChange }: FilterSelectProps) {
  const { options } = field
  const read = useLiveQuery(
    () => (typeof options === 'function' ? options() : Promise.resolve(options)),
    [options],
  )
  const known = typeof options === 'function' ? (read ?? []) : options
  // A chosen value stays listed (and removable) even when no record holds it any more.
  const data = [
    ...known,
    ...value
      .filter((chosen) => !known.some((option) => option.value === chosen))
      .map((chosen) => ({ value: chosen, label: chosen })),
  ]
  return (
    <MultiSelect
      label={field.label}
      data={data}
      searchable
      clearable
      comboboxProps={{ withinPortal: false }}
      value={value}
      onChange={onChange}
    />
  )
}
