import { notifyFileFailed, notifyFileSaved, unexpectedFailure } from './fileNotifications'
import { textChunks, writeTextToTarget } from './writeTextToTarget'

export type SaveResult = 'saved' | 'cancelled' | 'failed'

/**
 * Saves text (a CSV) to a file the user chooses in the save dialog, then says so with "Show in
 * folder", or explains what went wrong. The old file of that name survives any failure.
 */
export async function saveTextFile(suggestedName: string, content: string): Promise<SaveResult> {
  const target = await window.api.chooseSaveTarget('csv', suggestedName)
  if (!target) return 'cancelled'
  const result = await writeTextToTarget(target.token, textChunks(content)).catch((error) =>
    unexpectedFailure(target.fileName, error),
  )
  if (result.ok === 'cancelled') return 'cancelled'
  if (!result.ok) {
    notifyFileFailed(result)
    return 'failed'
  }
  notifyFileSaved(target)
  return 'saved'
}
