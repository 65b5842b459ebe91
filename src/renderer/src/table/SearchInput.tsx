import { CloseButton, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

type SearchInputProps = { label: string; value: string; onChange: (value: string) => void }

/** Search as you type; Escape clears. */
export function SearchInput({ label, value, onChange }: SearchInputProps) {
  const { t } = useTranslation()
  return (
    <TextInput
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.stopPropagation()
          onChange('')
        }
      }}
      leftSection={<IconSearch size={16} />}
      rightSection={
        value ? (
          <CloseButton size="sm" aria-label={t('table.clearSearch')} onClick={() => onChange('')} />
        ) : null
      }
      w={320}
    />
  )
}
