import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import type { MenuCommand } from '../../../shared/ipc/contract'
import { exportRequests } from '../features/exports/exportRequests'
import { useThemeToggle } from './ThemeToggle'

/** Carries out what the application menu asks of the window. */
export function useMenuCommands({ onAbout }: { onAbout: () => void }) {
  const navigate = useNavigate()
  const { toggle } = useThemeToggle()

  useEffect(() => {
    const handlers: Partial<Record<MenuCommand, () => void>> = {
      'import-csv': () => void navigate('/imports/new'),
      'export-csv': exportRequests.openCurrent,
      'toggle-theme': toggle,
      about: onAbout,
    }
    return window.api.onMenuCommand((command) => handlers[command]?.())
  }, [navigate, toggle, onAbout])
}
