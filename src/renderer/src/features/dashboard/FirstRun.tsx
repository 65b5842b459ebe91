import { Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileImport, IconMovie, IconPlus } from '@tabler/icons-react'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { loadSample } from '../sample/sample'

type ChoiceProps = { icon: ReactNode; title: string; body: string }

function ChoiceContent({ icon, title, body }: ChoiceProps) {
  return (
    <Stack gap="xs" align="flex-start">
      <ThemeIcon size={40} radius="xl" variant="light">
        {icon}
      </ThemeIcon>
      <Text fw={600} size="lg">
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {body}
      </Text>
    </Stack>
  )
}

/** An empty workspace offers three ways in: the sample, an import, or a first campaign. */
export function FirstRun() {
  const { t } = useTranslation()
  const [loading, setLoading] = useState(false)

  async function explore() {
    setLoading(true)
    try {
      await loadSample()
      notifications.show({ color: 'teal', message: t('sample.loaded') })
    } catch (error) {
      console.warn('The sample did not load', error)
      notifications.show({ color: 'red', message: t('sample.loadFailed') })
    } finally {
      setLoading(false)
    }
  }

  return (
    <Stack align="center" ta="center" gap="sm" py={48} data-testid="empty-state">
      <Title order={3}>{t('dashboard.welcomeTitle')}</Title>
      <Text c="dimmed" maw={560}>
        {t('dashboard.welcomeBody')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} mt="lg" maw={960} w="100%" ta="start">
        <Card
          withBorder
          component="button"
          type="button"
          onClick={() => void explore()}
          disabled={loading}
          aria-busy={loading}
          style={{ cursor: loading ? 'progress' : 'pointer', textAlign: 'start', font: 'inherit' }}
        >
          <ChoiceContent
            icon={<IconMovie size={22} />}
            title={loading ? t('sample.loading') : t('sample.explore')}
            body={t('sample.exploreBody')}
          />
        </Card>
        <Card withBorder component={Link} to="/imports/new">
          <ChoiceContent
            icon={<IconFileImport size={22} />}
            title={t('dashboard.firstRun.importTitle')}
            body={t('dashboard.firstRun.importBody')}
          />
        </Card>
        <Card withBorder component={Link} to="/campaigns?new=1">
          <ChoiceContent
            icon={<IconPlus size={22} />}
            title={t('dashboard.firstRun.emptyTitle')}
            body={t('dashboard.firstRun.emptyBody')}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  )
}
