import { useEffect, useState, useSyncExternalStore } from 'react'
import type { BackupInfo } from '../../../../shared/backup/backupFormat'
import { backupEvents } from './backupEvents'

/** The backups in the data folder, newest first; read again whenever the folder changes. */
export function useBackups(): BackupInfo[] | undefined {
  const { version } = useSyncExternalStore(backupEvents.subscribe, backupEvents.get)
  const [backups, setBackups] = useState<BackupInfo[]>()
  useEffect(() => {
    let current = true
    window.api
      .listBackups()
      .then((list) => current && setBackups(list))
      .catch((error) => {
        console.error('Listing backups failed', error)
        if (current) setBackups([])
      })
    return () => {
      current = false
    }
  }, [version])
  return backups
}
