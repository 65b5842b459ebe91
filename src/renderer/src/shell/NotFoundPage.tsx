import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from './EmptyState'
import { paletteShortcutLabel } from './shortcuts'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <EmptyState
      title={t('notFound.title')}
      body={t('notFound.body', { shortcut: paletteShortcutLabel() })}
      action={
        <Button component={Link} to="/">
          {t('notFound.back')}
        </Button>
      }
    />
  )
}
