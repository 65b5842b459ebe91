/**
 * The export benchmark's raw baseline, run inside the page (passed to page.evaluate): it must not
 * close over anything of this module.
 */

import type { Api } from '../src/shared/ipc/api'

type Papa = { unparse: (rows: unknown[][], config?: object) => string }

/**
 * Dexie's toArray of the whole contacts table (one getAll), Papa.unparse of every row at once,
 * and the text written through main's atomic write in the largest pieces the channel takes.
 * Answers the milliseconds from start to the committed file.
 */
export async function runExportBaseline(papaUrl: string): Promise<{ ms: number; bytes: number }> {
  const holder = globalThis as unknown as { Papa?: Papa }
  if (!holder.Papa) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script')
      script.src = papaUrl
      script.onload = () => resolve()
      script.onerror = () => reject(new Error('papaparse did not load'))
      document.head.append(script)
    })
  }
  const papa = holder.Papa as Papa
  const started = performance.now()
  const records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => {
      const request = open.result.transaction('contacts').objectStore('contacts').getAll()
      request.onsuccess = () => {
        open.result.close()
        resolve(request.result as Record<string, unknown>[])
      }
      request.onerror = () => reject(request.error)
    }
    open.onerror = () => reject(open.error)
  })
  const list = (items: unknown, key: string) =>
    ((items as Record<string, string>[]) ?? []).map((item) => item[key]).join('; ')
  const text = papa.unparse(
    records.map((r) => [
      r['firstName'],
      r['lastName'],
      list(r['emails'], 'address'),
      list(r['phones'], 'number'),
      r['title'],
      r['preferredLanguage'],
      r['pronouns'],
      (r['consent'] as { given?: boolean })?.given ? 'yes' : 'no',
      r['sensitive'] ? 'yes' : 'no',
      ((r['tags'] as string[]) ?? []).join('; '),
      r['strength'],
      r['notes'],
      ((r['organizationNames'] as string[]) ?? []).join('; '),
    ]),
    { newline: '\r\n' },
  )
  const api = (window as unknown as { api: Api }).api
  const target = await api.chooseSaveTarget('csv', 'baseline.csv')
  if (!target) throw new Error('No save target for the baseline')
  const begun = await api.beginWrite(target.token)
  if (!begun.ok) throw new Error(begun.reason)
  const piece = 8 * 1024 * 1024
  for (let at = 0; at < text.length; at += piece)
    await api.writeChunk(begun.writeId, text.slice(at, at + piece))
  const committed = await api.commitWrite(begun.writeId)
  if (committed.ok !== true) throw new Error(committed.reason)
  return { ms: performance.now() - started, bytes: text.length }
}
