/**
 * The baseline worker's source, served at the app's origin during the benchmark (the CSP allows
 * workers from 'self' only). Plain JavaScript: papaparse from its own file, IndexedDB by hand.
 * It writes the records the app writes for a contact sheet, field for field: a partner per new
 * name (its website's domain, type and stage), a contact per row (emails as keys, search words,
 * tags, consent date, and the folded name of someone without an email) and the affiliation
 * between them, all tagged with a run id;
 * 2,000 rows a transaction, one written while the next is parsed. Nothing is validated or
 * matched.
 */
export const baselineWorkerSource = `
importScripts('/__bench/papaparse.js')
const fold = (text) => (text || '').normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase()
// As the app's search words: each word, and an email also whole.
const words = (...texts) => [...new Set(texts.flatMap((t) => {
  const folded = fold(t)
  return [...folded.split(/[^\\p{L}\\p{N}]+/u), ...(folded.includes('@') ? [folded] : [])]
}).filter(Boolean))]
const domainOf = (url) => { try { return new URL(url).hostname.replace(/^www\\./, '').toLowerCase() } catch { return undefined } }
const open = () => new Promise((resolve, reject) => {
  const request = indexedDB.open('impact-desk')
  request.onsuccess = () => resolve(request.result)
  request.onerror = () => reject(request.error)
})
onmessage = async ({ data: file }) => {
  try {
    const db = await open()
    const orgs = new Map()
    const importRunId = crypto.randomUUID()
    let rows = 0
    const now = new Date().toISOString()
    // The batch's records, then one transaction that puts them table by table (as bulkPut does).
    const write = (batch) => new Promise((resolve, reject) => {
      const records = { organizations: [], contacts: [], affiliations: [] }
      for (const row of batch) {
        const name = row['Organization']
        if (name && !orgs.has(name)) {
          const website = row['Organization website'] || undefined
          const domain = domainOf(website)
          const org = {
            id: crypto.randomUUID(), name, aliases: [], type: 'other', website, domain, languages: [], tags: [],
            stage: 'prospect', notes: '', campaignIds: [], nameKey: fold(name), searchWords: words(name, domain),
            importRunId, createdAt: now, updatedAt: now, deletedAt: '',
          }
          orgs.set(name, org.id)
          records.organizations.push(org)
        }
        const emails = (row['Email'] || '').split(';').map((e) => e.trim().toLowerCase()).filter(Boolean)
        const id = crypto.randomUUID()
        records.contacts.push({
          id, firstName: row['First name'], lastName: row['Last name'],
          emails: emails.map((address, i) => ({ address, primary: i === 0 })), emailKeys: emails,
          phones: row['Phone'] ? [{ number: row['Phone'], primary: true }] : [], title: row['Job title'],
          consent: { given: false, ...(row['Consent date'] ? { date: row['Consent date'] } : {}) }, sensitive: false,
          tags: (row['Tags'] || '').split(';').map((t) => t.trim()).filter(Boolean), notes: row['Notes'],
          organizationNames: name ? [name] : [], campaignIds: [],
          nameKey: emails.length ? undefined : fold(row['First name']).trim() + '|' + fold(row['Last name']).trim(),
          searchWords: words(row['First name'], row['Last name'], ...emails, name, row['Tags']),
          importRunId, createdAt: now, updatedAt: now, deletedAt: '',
        })
        if (name) records.affiliations.push({
          id: crypto.randomUUID(), contactId: id, organizationId: orgs.get(name), role: '',
          importRunId, createdAt: now, updatedAt: now, deletedAt: '',
        })
      }
      const tx = db.transaction(Object.keys(records), 'readwrite')
      for (const [table, list] of Object.entries(records)) {
        const store = tx.objectStore(table)
        for (const record of list) store.put(record)
      }
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    let pending = []
    // One batch is written while the next is parsed, as the app does: a floor, not a strawman.
    let writing = Promise.resolve()
    const handOn = async (batch) => {
      await writing
      writing = write(batch).then(() => { rows += batch.length })
      writing.catch(() => {})
    }
    Papa.parse(file, {
      header: true,
      skipEmptyLines: true,
      chunkSize: 1024 * 1024,
      chunk: (results, parser) => {
        parser.pause()
        pending.push(...results.data)
        const batches = []
        while (pending.length >= 2000) batches.push(pending.splice(0, 2000))
        ;(async () => {
          for (const batch of batches) await handOn(batch)
          parser.resume()
        })().catch((error) => postMessage({ error: String(error) }))
      },
      complete: async () => {
        try {
          if (pending.length) await handOn(pending)
          await writing
          postMessage({ rows })
        } catch (error) { postMessage({ error: String(error) }) }
      },
      error: (error) => postMessage({ error: String(error) }),
    })
  } catch (error) {
    postMessage({ error: String(error) })
  }
}
`
