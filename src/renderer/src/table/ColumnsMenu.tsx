import { Box, Button, Menu } from '@mantine/core'
import { IconCheck, IconColumns } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type ColumnsMenuProps = {
  options: { key: string; label: string }[]
  shown: string[]
  onChange: (shown: string[]) => void
}

/** Which optional columns the table shows; the order stays the table's own. */
export function ColumnsMenu({ options, shown, onChange }: ColumnsMenuProps) {
  const { t } = useTranslation()
  const toggle = (key: string) =>
    onChange(
      options
        .map((option) => option.key)
        .filter((k) => (k === key ? !shown.includes(k) : shown.includes(k))),
    )
  return (
    <Menu closeOnItemClick={false} position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('table.columns')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {options.map(({ key, label }) => (
          <Menu.Item
            key={key}
            onClick={() => toggle(key)}
            leftSection={shown.includes(key) ? <IconCheck size={14} /> : <Box w={14} />}
          >
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
