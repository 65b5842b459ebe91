import {
  IconChartLine,
  IconCopy,
  IconFileImport,
  IconLayoutDashboard,
  IconMovie,
  IconSpeakerphone,
  IconTrash,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'

/** The sidebar's sections, in order; the command palette offers the same list. */
export const sections = [
  { key: 'dashboard', path: '/', icon: IconLayoutDashboard },
  { key: 'campaigns', path: '/campaigns', icon: IconSpeakerphone },
  { key: 'screenings', path: '/screenings', icon: IconMovie },
  { key: 'partners', path: '/partners', icon: IconUsersGroup },
  { key: 'contacts', path: '/contacts', icon: IconUsers },
  { key: 'metrics', path: '/metrics', icon: IconChartLine },
  { key: 'imports', path: '/imports', icon: IconFileImport },
  { key: 'duplicates', path: '/duplicates', icon: IconCopy },
  { key: 'trash', path: '/trash', icon: IconTrash },
] as const

export type Section = (typeof sections)[number]
