import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'

const views = [
  { path: '/screenings', key: 'list' },
  { path: '/screenings/calendar', key: 'calendar' },
  { path: '/screenings/board', key: 'board' },
] as const

/** List, calendar or board: the three ways to look at screenings, one click apart. */
export function ScreeningsViewSwitch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const current = views.find((view) => view.path === pathname)?.path ?? '/screenings'

  return (
    <SegmentedControl
      aria-label={t('calendar.views.label')}
      data-testid="screenings-view-switch"
      value={current}
      onChange={(path) => void navigate(path)}
      data={views.map((view) => ({ value: view.path, label: t(`calendar.views.${view.key}`) }))}
    />
  )
}
