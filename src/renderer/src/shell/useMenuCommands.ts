import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import type { MenuCommand } from '../../../shared/ipc/contract'
import { backUpToFile, restoreFromFile } from '../features/backups/backupActions'
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
      backups: () => void navigate('/backups'),
      'backup-to': () => void backUpToFile(),
      'restore-from': () => void restoreFromFile(),
      'toggle-theme': toggle,
      about: onAbout,
    }
    return window.api.onMenuCommand((command) => handlers[command]?.())
  }, [navigate, toggle, onAbout])
}
