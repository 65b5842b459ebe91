import { promises as fs } from 'node:fs'
import { type WorkspaceMarker, workspaceMarker } from '../../shared/backup/backupFormat'
import { beginAtomicWrite } from '../files/atomicWrite'

/**
 * The workspace marker, a small JSON file beside (not inside) IndexedDB: what the workspace held
 * when last reported. A database that opens with less than it says was lost or replaced.
 */
export function createMarkerFile(path: string) {
  return {
    async read(): Promise<WorkspaceMarker | null> {
      let text: string
      try {
        text = await fs.readFile(path, 'utf8')
      } catch {
        return null
      }
      try {
        const parsed = workspaceMarker.safeParse(JSON.parse(text))
        return parsed.success ? parsed.data : null
      } catch {
        // Unreadable: as if there were none, so a damaged marker never locks the user out.
        return null
      }
    },
    async write(marker: WorkspaceMarker): Promise<void> {
      const write = await beginAtomicWrite(path)
      await write.write(`${JSON.stringify(marker, null, 2)}\n`)
      await write.commit()
    },
  }
}
