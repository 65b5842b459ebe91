import { useSyncExternalStore } from 'react'
import { ExportDialog } from './ExportDialog'
import { exportRequests } from './exportRequests'

/** The window's one export dialog, wherever it was asked for. */
export function ExportHost() {
  const request = useSyncExternalStore(exportRequests.subscribe, exportRequests.get)
  if (!request.opened) return null
  return <ExportDialog source={request.source} onClose={exportRequests.close} />
}
