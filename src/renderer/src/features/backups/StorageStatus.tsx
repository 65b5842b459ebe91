import { Group, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatLocaleOf } from '../../../../shared/i18n/locales'
import { useLocale } from '../../i18n/useLocale'
import { storageState } from '../../storage/persistentStorage'
import { formatFileSize } from '../imports/formatFileSize'

type State = Awaited<ReturnType<typeof storageState>>

/** Whether the system may clear the workspace when the disk runs low, and the space it uses. */
export function StorageStatus() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const [state, setState] = useState<State | null>(null)

  useEffect(() => {
    void storageState().then(setState)
  }, [])

  if (!state) return null
  const size = (bytes: number) => formatFileSize(bytes, formatLocaleOf(locale))
  return (
    <Group gap="xs" wrap="nowrap" data-testid="storage-status">
      <ThemeIcon variant="light" color={state.persisted ? 'teal' : 'orange'} size="sm">
        {state.persisted ? <IconShieldCheck size={14} /> : <IconAlertTriangle size={14} />}
      </ThemeIcon>
      <Text size="sm">
        {state.persisted ? t('storage.persisted') : t('storage.notPersisted')}
        {state.usage !== undefined && state.quota
          ? ` ${t('storage.usage', { usage: size(state.usage), quota: size(state.quota) })}`
          : ''}
      </Text>
    </Group>
  )
}
