import { notifyFileFailed, notifyFileSaved, unexpectedFailure } from '../../files/fileNotifications'
import type { SaveResult } from '../../files/saveTextFile'
import { inLightScheme } from './inLightScheme'

/** Prints the window (its print stylesheet shows only the report) to a PDF the user chooses. */
export async function saveReportPdf(suggestedName: string): Promise<SaveResult> {
  const target = await window.api.chooseSaveTarget('pdf', suggestedName)
  if (!target) return 'cancelled'
  const outcome = await inLightScheme(() => window.api.savePdf(target.token)).catch((error) =>
    unexpectedFailure(target.fileName, error),
  )
  if (!outcome.ok) {
    notifyFileFailed(outcome)
    return 'failed'
  }
  notifyFileSaved(target)
  return 'saved'
}
