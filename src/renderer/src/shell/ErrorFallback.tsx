import { Alert, Button, Code, Group, Stack } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { FallbackProps } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { useRouteError } from 'react-router'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * What a failing screen shows instead of a blank window: what happened and a way back. Used by
 * the boundary around each screen and, through the router, around the shell itself.
 */
export function ErrorFallback(props: Partial<FallbackProps>) {
  const { t } = useTranslation()
  const routeError = useRouteError()
  const error = props.error ?? routeError
  const goHome = () => {
    // A full load also recovers from a broken shell, not only a broken screen.
    window.location.assign('/')
  }
  return (
    <Stack maw={640} mx="auto" mt="xl" p="md">
      <Alert color="red" icon={<IconAlertTriangle />} title={t('error.title')}>
        <Stack gap="sm">
          <span>{t('error.body')}</span>
          <Code block>{t('error.details', { message: messageOf(error) })}</Code>
          <Group>
            {props.resetErrorBoundary && (
              <Button variant="default" onClick={props.resetErrorBoundary}>
                {t('error.retry')}
              </Button>
            )}
            <Button onClick={goHome}>{t('error.back')}</Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  )
}
