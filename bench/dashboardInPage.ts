/**
 * The Dashboard's timings, run inside the page (passed to page.evaluate) so each is taken with
 * the page's own clock. Each function is self-contained: Playwright sends its source text.
 */

/**
 * Clicks the sidebar link and times until the Dashboard shows every metric's figure, the
 * screening figures, every chart drawn (an SVG, not its placeholder, partner names read) and the
 * upcoming screenings, in a painted frame.
 */
export function timeDashboardShown(
  link: Element,
  { metrics, charts }: { metrics: number; charts: string[] },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const shown = () => {
      const cards = document.querySelectorAll('[data-testid="metric-headline"]')
      if (cards.length !== metrics) return false
      for (const card of cards) {
        if (!card.querySelector('[data-testid="metric-value"]')?.textContent?.trim()) return false
      }
      if (!document.querySelector('[data-testid="figure-held"] [data-testid="figure-value"]')) {
        return false
      }
      for (const id of charts) {
        const chart = document.querySelector(`[data-testid="chart-${id}"]`)
        if (!chart?.querySelector('svg.recharts-surface')) return false
      }
      // Partner names are read after the figures: '…' stands for one not read yet.
      if (document.querySelector('[data-testid="chart-partners"]')?.textContent?.includes('…')) {
        return false
      }
      return Boolean(document.querySelector('[data-testid="upcoming-screenings"]'))
    }
    let seen = false
    const observer = new MutationObserver(() => {
      if (seen || !shown()) return
      seen = true
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error('The Dashboard did not show its figures and charts within 60 s'))
    }, 60_000)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    })
    const start = performance.now()
    ;(link as HTMLElement).click()
  })
}

export type FilterTiming = {
  /** Until the headline figures (metrics and screenings) show the new range, painted. */
  headlineMs: number
  /** Until the last change the new range made to the page (the charts follow the headlines). */
  settledMs: number
  changed: boolean
}

/**
 * Clicks a date preset and times until the page shows the new range: the headline figures first
 * (the charts are deferred), then the last DOM change it caused, once the page has been still
 * for `quietMs` (a painted frame after that change; the quiet wait itself is not counted).
 */
export function timeFilterChange(
  preset: Element,
  { quietMs }: { quietMs: number },
): Promise<FilterTiming> {
  return new Promise((resolve, reject) => {
    const main = document.querySelector('main') ?? document.body
    const headline = () =>
      [
        ...document.querySelectorAll(
          '[data-testid="metric-headlines"], [data-testid="screening-figures"]',
        ),
      ]
        .map((node) => node.textContent)
        .join('|')
    const before = headline()
    let headlineMs = NaN
    let lastChange = 0
    let lastPainted = 0
    const observer = new MutationObserver(() => {
      const at = performance.now()
      lastChange = at
      requestAnimationFrame(() => {
        lastPainted = Math.max(lastPainted, performance.now())
      })
      if (Number.isNaN(headlineMs) && headline() !== before) {
        requestAnimationFrame(() => (headlineMs = performance.now() - start))
      }
    })
    observer.observe(main, { childList: true, subtree: true, characterData: true })
    const start = performance.now()
    const poll = setInterval(() => {
      const now = performance.now()
      const waited = now - start
      const headlineDone = !Number.isNaN(headlineMs) || waited > 5_000
      if (
        headlineDone &&
        lastChange > 0 &&
        now - lastChange > quietMs &&
        lastPainted >= lastChange
      ) {
        clearInterval(poll)
        observer.disconnect()
        const changed = !Number.isNaN(headlineMs)
        resolve({
          headlineMs: changed ? headlineMs : lastPainted - start,
          settledMs: lastPainted - start,
          changed,
        })
      } else if (waited > 60_000) {
        clearInterval(poll)
        observer.disconnect()
        reject(new Error('The Dashboard did not settle within 60 s of a new date range'))
      }
    }, 20)
    ;(preset as HTMLElement).click()
  })
}

/**
 * The raw floor of the Dashboard's first render: a fresh connection, then what it reads, in
 * parallel, straight from IndexedDB: the live metrics, each metric's month rollups, the live
 * screenings by start, the partners counted by stage, the four counts and the next screenings.
 */
export async function rawDashboardReads(stages: string[]): Promise<{ ms: number; rows: number }> {
  const start = performance.now()
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const ask = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const tx = db.transaction(
    ['metricDefinitions', 'metricRollups', 'screenings', 'organizations', 'contacts', 'campaigns'],
    'readonly',
  )
  const live = IDBKeyRange.bound([''], ['', []])
  const metrics = (await ask(
    tx.objectStore('metricDefinitions').index('[deletedAt+name]').getAll(live),
  )) as { id: string }[]
  const now = new Date().toISOString()
  const results = await Promise.all([
    ...metrics.map((metric) =>
      ask(
        tx
          .objectStore('metricRollups')
          .index('[metricId+period]')
          .getAll(IDBKeyRange.bound([metric.id, 'm'], [metric.id, 'm\uffff'])),
      ),
    ),
    ask(tx.objectStore('screenings').index('[deletedAt+startKey]').getAll(live)),
    ask(
      tx
        .objectStore('screenings')
        .index('[deletedAt+startKey]')
        .getAll(IDBKeyRange.bound(['', now], ['', []]), 8),
    ),
    ...stages.map((stage) =>
      ask(tx.objectStore('organizations').index('[deletedAt+stage]').count(['', stage])),
    ),
    ...['campaigns', 'organizations', 'contacts', 'screenings'].map((name) =>
      ask(tx.objectStore(name).count()),
    ),
  ])
  const rows = results.reduce<number>(
    (sum, result) => sum + (Array.isArray(result) ? result.length : 0),
    metrics.length,
  )
  db.close()
  return { ms: performance.now() - start, rows }
}

/**
 * The raw floor of a new date range: the rollup rows the Dashboard reads for it (each metric's
 * months and the days of the spans given), on an open connection. The screenings are not read
 * again: the app works a new range out from the ones it holds.
 */
export async function rawRangeReads({
  spans,
}: {
  spans: [string, string][]
}): Promise<{ ms: number; rows: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const ask = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const start = performance.now()
  const tx = db.transaction(['metricDefinitions', 'metricRollups'], 'readonly')
  const metrics = (await ask(
    tx
      .objectStore('metricDefinitions')
      .index('[deletedAt+name]')
      .getAll(IDBKeyRange.bound([''], ['', []])),
  )) as { id: string }[]
  const index = tx.objectStore('metricRollups').index('[metricId+period]')
  const results = await Promise.all(
    metrics.flatMap((metric) => [
      ask(index.getAll(IDBKeyRange.bound([metric.id, 'm'], [metric.id, 'm\uffff']))),
      ...spans.map(([from, to]) =>
        ask(index.getAll(IDBKeyRange.bound([metric.id, `d${from}`], [metric.id, `d${to}`]))),
      ),
    ]),
  )
  const ms = performance.now() - start
  db.close()
  return { ms, rows: results.reduce((sum, rows) => sum + rows.length, 0) }
}
