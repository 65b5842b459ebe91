import { Group, Pagination } from '@mantine/core'
import { useTranslation } from 'react-i18next'

type PagePickerProps = {
  total: number
  value: number
  onChange: (page: number) => void
}

/** The pages of a list, centred under it; nothing when there is one page. Controls are named. */
export function PagePicker({ total, value, onChange }: PagePickerProps) {
  const { t } = useTranslation()
  if (total < 2) return null
  const names: Partial<Record<string, string>> = {
    previous: t('common.previous'),
    next: t('common.next'),
  }
  return (
    <Group justify="center" mt="md">
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': names[control] })}
        getItemProps={(page) => ({ 'aria-label': t('common.pageOf', { page, pages: total }) })}
      />
    </Group>
  )
}
