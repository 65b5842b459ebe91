import { Button } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** The way into the import wizard, from the list and from its empty state. */
export function ImportCSVButton() {
  const { t } = useTranslation()
  return (
    <Button component={Link} to="/imports/new" leftSection={<IconFileImport size={16} />}>
      {t('imports.importCsv')}
    </Button>
  )
}
