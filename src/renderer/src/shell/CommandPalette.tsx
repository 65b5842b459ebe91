import {
  Spotlight,
  type SpotlightActionData,
  type SpotlightActionGroupData,
  type SpotlightFilterFunction,
  isActionsGroup,
} from '@mantine/spotlight'
import {
  IconDatabaseExport,
  IconDeviceDesktop,
  IconHistory,
  IconMoon,
  IconPlus,
  IconReportAnalytics,
  IconSearch,
  IconSun,
} from '@tabler/icons-react'
import { useMantineColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { matchesQuery } from '../../../shared/text/foldForSearch'
import { backUpNow } from '../features/backups/backupActions'
import { sections } from './sections'

const searchableText = (action: SpotlightActionData) =>
  [action.label, action.description, ...(action.keywords ? [action.keywords].flat() : [])].join(' ')

/** Mantine's default filter is a plain substring match; people type without accents. */
export const foldingFilter: SpotlightFilterFunction = (query, actions) =>
  actions.flatMap<SpotlightActionData | SpotlightActionGroupData>((entry) => {
    if (isActionsGroup(entry)) {
      const matching = entry.actions.filter((action) => matchesQuery(searchableText(action), query))
      return matching.length > 0 ? [{ ...entry, actions: matching }] : []
    }
    return matchesQuery(searchableText(entry), query) ? [entry] : []
  })

/** Ctrl/Cmd+K: jump to any section or run a command. */
export function CommandPalette() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { setColorScheme } = useMantineColorScheme()

  const actions: SpotlightActionGroupData[] = [
    {
      group: t('palette.sections'),
      actions: sections.map(({ key, path, icon: Icon }) => ({
        id: `go-${key}`,
        label: t(`nav.${key}`),
        description: t('palette.goTo', { section: t(`nav.${key}`) }),
        keywords: [key],
        leftSection: <Icon size={20} stroke={1.5} />,
        onClick: () => void navigate(path),
      })),
    },
    {
      group: t('palette.commands'),
      actions: [
        {
          id: 'new-campaign',
          label: t('palette.newCampaign'),
          leftSection: <IconPlus size={20} stroke={1.5} />,
          onClick: () => void navigate('/campaigns?new=1'),
        },
        {
          id: 'impact-report',
          label: t('palette.impactReport'),
          keywords: ['report', 'pdf', 'print'],
          leftSection: <IconReportAnalytics size={20} stroke={1.5} />,
          onClick: () => void navigate('/report'),
        },
        {
          id: 'backups',
          label: t('backups.title'),
          description: t('palette.backupsHint'),
          keywords: ['backup', 'restore', 'recover'],
          leftSection: <IconHistory size={20} stroke={1.5} />,
          onClick: () => void navigate('/backups'),
        },
        {
          id: 'back-up-now',
          label: t('backups.backUpNow'),
          keywords: ['backup', 'save'],
          leftSection: <IconDatabaseExport size={20} stroke={1.5} />,
          onClick: () => void backUpNow(),
        },
        {
          id: 'theme-dark',
          label: t('palette.themeDark'),
          leftSection: <IconMoon size={20} stroke={1.5} />,
          onClick: () => setColorScheme('dark'),
        },
        {
          id: 'theme-light',
          label: t('palette.themeLight'),
          leftSection: <IconSun size={20} stroke={1.5} />,
          onClick: () => setColorScheme('light'),
        },
        {
          id: 'theme-system',
          label: t('palette.themeSystem'),
          leftSection: <IconDeviceDesktop size={20} stroke={1.5} />,
          onClick: () => setColorScheme('auto'),
        },
      ],
    },
  ]

  return (
    <Spotlight
      actions={actions}
      filter={foldingFilter}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      shortcut={['mod + K']}
      searchProps={{
        leftSection: <IconSearch size={20} stroke={1.5} />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.placeholder'),
      }}
    />
  )
}
