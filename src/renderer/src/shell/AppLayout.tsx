import { AppShell, Burger, Group, NavLink, ScrollArea, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { ErrorBoundary } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router'
import { RestoreHost } from '../features/backups/RestoreHost'
import { CampaignSwitcher } from '../features/campaigns/CampaignSwitcher'
import { ExportHost } from '../features/exports/ExportHost'
import { WindowDrop } from '../features/imports/wizard/WindowDrop'
import { AboutModal } from './AboutModal'
import { CommandPalette } from './CommandPalette'
import { ErrorFallback } from './ErrorFallback'
import { LocaleMenu } from './LocaleMenu'
import { LocalizedDates } from './LocalizedDates'
import { SearchButton } from './SearchButton'
import { ThemeToggle } from './ThemeToggle'
import { sections } from './sections'
import { useMenuCommands } from './useMenuCommands'
import { useNativeSync } from './useNativeSync'

/** The window's frame: header, sidebar of sections, and the current screen. */
export function AppLayout() {
  const { t } = useTranslation()
  const location = useLocation()
  const [navOpened, { toggle: toggleNav }] = useDisclosure(false)
  const [aboutOpened, about] = useDisclosure(false)
  useMenuCommands({ onAbout: about.open })
  useNativeSync()

  return (
    <LocalizedDates>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('shell.toggleNavigation')}
              />
              <Title order={1} size="h4">
                {t('app.name')}
              </Title>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <CampaignSwitcher />
              <SearchButton />
              <LocaleMenu />
              <ThemeToggle />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="xs" aria-label={t('nav.label')} component="nav">
          <ScrollArea>
            {sections.map(({ key, path, icon: Icon }) => (
              <NavLink
                key={key}
                component={RouterNavLink}
                to={path}
                end={path === '/'}
                label={t(`nav.${key}`)}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={
                  path === '/' ? location.pathname === '/' : location.pathname.startsWith(path)
                }
              />
            ))}
          </ScrollArea>
        </AppShell.Navbar>

        <AppShell.Main>
          <ErrorBoundary FallbackComponent={ErrorFallback} resetKeys={[location.pathname]}>
            <Outlet />
          </ErrorBoundary>
        </AppShell.Main>
      </AppShell>
      <CommandPalette />
      <WindowDrop />
      <ExportHost />
      <RestoreHost />
      <AboutModal opened={aboutOpened} onClose={about.close} />
    </LocalizedDates>
  )
}
