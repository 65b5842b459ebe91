// TEMPORARY tracing spec (speed helper): logs every IndexedDB request made while the Contacts
// screen opens, with start/end times relative to the click. To be deleted.
import { expect, test } from '@playwright/test'
import { launchChromiumApp } from '../e2e/host/chromiumApp'
import { workspace } from './data'
import { appDatabaseExists, timeFirstRows, waitForIdle, writeRecords } from './inPage'
import { benchSizes } from './sizes'

const tracer = `(() => {
  const log = (window.__idbLog = [])
  window.__t0 = performance.now()
  const describe = (q) => {
    try {
      if (q == null) return ''
      if (q instanceof IDBKeyRange) return JSON.stringify([q.lower, q.upper]).slice(0, 80)
      return JSON.stringify(q).slice(0, 80)
    } catch { return '?' }
  }
  const wrap = (proto, kind) => {
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'getKey']) {
      const original = proto[method]
      if (!original) continue
      proto[method] = function (...args) {
        const name = kind === 'index' ? this.objectStore.name + '.' + this.name : this.name
        const entry = { name, method, range: describe(args[0]), limit: args[1], start: performance.now(), end: 0, steps: 0, size: -1, stack: '' }
        log.push(entry)
        const request = original.apply(this, args)
        request.addEventListener('success', () => {
          entry.steps++
          entry.end = performance.now()
          const r = request.result
          if (Array.isArray(r)) entry.size = r.length
          else if (typeof r === 'number') entry.size = r
        })
        return request
      }
    }
  }
  wrap(IDBObjectStore.prototype, 'store')
  wrap(IDBIndex.prototype, 'index')
})()`

test('trace opening Contacts', async () => {
  test.setTimeout(30 * 60_000)
  const sizes = benchSizes()
  const data = workspace(sizes)
  const app = await launchChromiumApp()
  const { page } = app
  await expect.poll(() => page.evaluate(appDatabaseExists), { timeout: 30_000 }).toBe(true)
  for (const [table, records] of [
    ['organizations', data.organizations],
    ['contacts', data.contacts],
  ] as const) {
    for (let start = 0; start < records.length; start += 5_000) {
      const json = JSON.stringify(records.slice(start, start + 5_000))
      await page.evaluate(writeRecords, { table, json })
    }
  }
  await page.context().addInitScript({ content: tracer })
  page.on('console', (m) => {
    if (m.text().startsWith('[speed]')) console.log(m.text())
  })
  for (let run = 0; run < 3; run++) {
    await page.evaluate(() => (window.location.hash = '#/'))
    await page.reload()
    await expect(page.getByTestId('count-contacts')).toContainText(
      data.contacts.length.toLocaleString('en-US'),
      { timeout: 60_000 },
    )
    await page.evaluate(waitForIdle)
    const clickAt = await page.evaluate(() => {
      const w = window as unknown as { __idbLog: unknown[]; __click: number }
      w.__idbLog.length = 0
      w.__click = performance.now()
      return w.__click
    })
    const link = page.getByRole('navigation').getByRole('link', { name: 'Contacts' })
    const ms = await link.evaluate(timeFirstRows)
    const shownAt = await page.evaluate(() => performance.now())
    await page.waitForTimeout(4_000)
    const log = await page.evaluate(
      () => (window as unknown as { __idbLog: Record<string, unknown>[] }).__idbLog,
    )
    console.log(`run ${run}: first rows ${Math.round(ms)} ms (seen ≤ ${Math.round(shownAt - clickAt)})`)
    let gets = 0
    for (const e of log) {
      if (e['method'] === 'get') {
        gets++
        if (gets > 2 && gets % 50 !== 0) continue
      }
      const start = Math.round((e['start'] as number) - clickAt)
      const end = Math.round((e['end'] as number) - clickAt)
      console.log(
        `  ${String(start).padStart(6)} → ${String(end).padStart(6)}  ${e['name']} ${e['method']} ${e['range']} limit=${e['limit']} steps=${e['steps']} size=${e['size']}`,
      )
    }
  }
  await app.close()
})
