import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconMovie } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removeSample } from '../sample/sample'

/** While the sample is loaded, says so and offers to remove it (after a confirmation). */
export function SampleBanner() {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [removing, setRemoving] = useState(false)

  async function remove() {
    setRemoving(true)
    try {
      const count = await removeSample()
      notifications.show({ color: 'teal', message: t('sample.removed', { count }) })
      setAsking(false)
    } catch (error) {
      console.warn('The sample was not removed', error)
      notifications.show({ color: 'red', message: t('sample.removeFailed') })
    } finally {
      setRemoving(false)
    }
  }

  return (
    <>
      <Alert
        icon={<IconMovie size={20} />}
        title={t('sample.bannerTitle')}
        mb="lg"
        data-testid="sample-banner"
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm">{t('sample.bannerBody')}</Text>
          <Button variant="default" size="xs" onClick={() => setAsking(true)}>
            {t('sample.remove')}
          </Button>
        </Group>
      </Alert>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('sample.confirmTitle')}
        centered
      >
        <Stack>
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <IconAlertTriangle
              size={22}
              color="var(--mantine-color-red-filled)"
              style={{ flexShrink: 0 }}
              aria-hidden
            />
            <Text size="sm">{t('sample.confirmBody')}</Text>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={removing} onClick={() => void remove()}>
              {t('sample.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
