import { CloseButton, TextInput, Tooltip } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { listSearchWords, queryWords } from '../../../shared/text/searchWords'

type SearchInputProps = { label: string; value: string; onChange: (value: string) => void }

/** Search as you type; Escape clears. A single letter asks for one more before searching. */
export function SearchInput({ label, value, onChange }: SearchInputProps) {
  const { t } = useTranslation()
  const tooShort = queryWords(value).length > 0 && listSearchWords(value).length === 0
  return (
    <Tooltip label={t('table.searchMore')} opened={tooShort} position="bottom-start" withArrow>
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
            <CloseButton
              size="sm"
              aria-label={t('table.clearSearch')}
              onClick={() => onChange('')}
            />
          ) : null
        }
        w={320}
      />
    </Tooltip>
  )
}
