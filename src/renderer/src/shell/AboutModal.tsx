import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../../shared/ipc/contract'

export function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (opened && !info) void window.api.getAppInfo().then(setInfo)
  }, [opened, info])
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} centered>
      <Stack>
        {info && <Text fw={600}>{t('about.version', { version: info.version })}</Text>}
        <Text>{t('about.body')}</Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('about.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
