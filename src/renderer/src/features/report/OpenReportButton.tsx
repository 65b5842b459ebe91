import { Button } from '@mantine/core'
import { IconReportAnalytics } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** Opens the printable report, on a range when one is given (`YYYY-MM-DD` days). */
export function OpenReportButton({ from = '', to = '' }: { from?: string; to?: string }) {
  const { t } = useTranslation()
  const params = new URLSearchParams(Object.entries({ from, to }).filter(([, value]) => value))
  const query = params.toString()
  return (
    <Button
      component={Link}
      to={query ? `/report?${query}` : '/report'}
      variant="default"
      leftSection={<IconReportAnalytics size={18} />}
    >
      {t('report.open')}
    </Button>
  )
}
