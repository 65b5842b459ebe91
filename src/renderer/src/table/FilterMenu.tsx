import { Badge, Button, MultiSelect, Popover, Stack } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FilterValues } from '../db/tableQuery'

export type FilterField = {
  field: string
  label: string
  options: { value: string; label: string }[]
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
      <Popover.Dropdown>
        <Stack gap="sm">
          {fields.map(({ field, label, options, numeric }) => (
            <MultiSelect
              key={field}
              label={label}
              data={options}
              searchable
              clearable
              comboboxProps={{ withinPortal: false }}
              value={(filters[field] ?? []).map(String)}
              onChange={(values) => onChange(field, numeric ? values.map(Number) : values)}
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
