/**
 * Functions that run inside the page (passed to page.evaluate), so every time is taken with the
 * page's own performance.now() and no Playwright round trip is counted. Each is self-contained:
 * Playwright sends its source text, so it may not use anything from this module's scope.
 *
 * "Visible" means: the DOM shows it (seen by a MutationObserver), and the next animation frame
 * has started, i.e. the frame that paints it.
 */

type BenchWindow = Window & {
  __benchWatch?: { start: number | null; done: Promise<number>; cancel: () => void }
}

/** Waits until the main thread has been idle for a few idle periods in a row (max 15 s). */
export function waitForIdle(): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now()
    let calm = 0
    const tick = (deadline: IdleDeadline) => {
      calm = deadline.timeRemaining() >= 40 ? calm + 1 : 0
      if (calm >= 3 || performance.now() - started > 15_000) resolve()
      else requestIdleCallback(tick, { timeout: 500 })
    }
    requestIdleCallback(tick, { timeout: 500 })
  })
}

/** Two animation frames and an idle callback (max 300 ms): the page has caught up. */
export async function afterFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 300 }))
}

/**
 * Clicks the sidebar link and times until the Contacts grid's first data row shows text (its
 * records read, not a skeleton) in a painted frame.
 */
export function timeFirstRows(link: Element): Promise<number> {
  return new Promise((resolve, reject) => {
    const firstRowShown = () => {
      const grid = document.querySelector('[role="grid"][aria-label="Contacts"]')
      const row = grid?.querySelector('[role="row"][aria-rowindex="2"]')
      const name = row?.querySelectorAll('[role="gridcell"]')[1]
      return Boolean(name?.textContent?.trim())
    }
    let seen = false
    const observer = new MutationObserver(() => {
      if (seen || !firstRowShown()) return
      seen = true
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error('The Contacts grid showed no row within 60 s'))
    }, 60_000)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const start = performance.now()
    ;(link as HTMLElement).click()
  })
}

/**
 * The raw floor of showing the first page: open the database and read the first `count`
 * records of the list's index, with nothing else in the way.
 */
export async function rawFirstRows(count: number): Promise<{ ms: number; rows: number }> {
  const start = performance.now()
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const index = db.transaction('contacts', 'readonly').objectStore('contacts')
    const request = index
      .index('[deletedAt+lastName]')
      .getAll(IDBKeyRange.bound([''], ['', []]), count)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const ms = performance.now() - start
  db.close()
  return { ms, rows: rows.length }
}

/** What the Contacts screen reads on opening, each part read raw and timed on its own. */
export type ListParts = {
  /** Every live id in name order: the key list the screen reads before it shows a row. */
  allKeysMs: number
  keys: number
  /** The filter menu's options: the distinct tags and languages, walked with a cursor. */
  filterOptionsMs: number
  filterOptions: number
  /** One block of 100 records by id, as the grid reads the rows in view. */
  block100Ms: number
}

export async function rawListParts(): Promise<ListParts> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const store = () => db.transaction('contacts', 'readonly').objectStore('contacts')
  const done = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const live = IDBKeyRange.bound([''], ['', []])

  let start = performance.now()
  const ids = await done(store().index('[deletedAt+lastName]').getAllKeys(live))
  const allKeysMs = performance.now() - start

  start = performance.now()
  let filterOptions = 0
  for (const name of ['tags', 'preferredLanguage']) {
    await new Promise<void>((resolve, reject) => {
      const request = store().index(name).openKeyCursor(null, 'nextunique')
      request.onsuccess = () => {
        const cursor = request.result
        if (!cursor) return resolve()
        filterOptions++
        cursor.continue()
      }
      request.onerror = () => reject(request.error)
    })
  }
  const filterOptionsMs = performance.now() - start

  start = performance.now()
  const block = store()
  await Promise.all(ids.slice(0, 100).map((id) => done(block.get(id))))
  const block100Ms = performance.now() - start

  db.close()
  return { allKeysMs, keys: ids.length, filterOptionsMs, filterOptions, block100Ms }
}

/**
 * Arms a watch for the next keystroke in the search box: it starts at the keystroke's first
 * event (keydown, or beforeinput for text typed without a key) and ends when the row counter
 * reads `countText` and the grid's first row is `firstId` with its text shown (or no row at all).
 */
export function armSearchWatch({
  countText,
  firstId,
}: {
  countText: string
  firstId: string | null
}): void {
  const w = window as BenchWindow
  w.__benchWatch?.cancel()
  const events = ['keydown', 'beforeinput', 'input']
  let observer: MutationObserver | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const watch: NonNullable<BenchWindow['__benchWatch']> = {
    start: null,
    done: Promise.resolve(0),
    cancel: () => {
      observer?.disconnect()
      clearTimeout(timer)
      for (const type of events) window.removeEventListener(type, onEvent, true)
    },
  }
  const onEvent = (event: Event) => {
    if (watch.start === null) watch.start = event.timeStamp
  }
  for (const type of events) window.addEventListener(type, onEvent, true)
  const matches = () => {
    if (document.querySelector('[data-testid="row-count"]')?.textContent !== countText) return false
    const grid = document.querySelector('[role="grid"][aria-label="Contacts"]')
    const row = grid?.querySelector('[role="row"][aria-rowindex="2"]')
    if (firstId === null) return !row
    return (
      row?.id === `row-${firstId}` &&
      Boolean(row.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim())
    )
  }
  watch.done = new Promise<number>((resolve, reject) => {
    const check = () => {
      if (watch.start === null || !matches()) return
      watch.cancel()
      requestAnimationFrame(() => resolve(performance.now() - watch.start!))
    }
    observer = new MutationObserver(check)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id'],
    })
    timer = setTimeout(() => {
      watch.cancel()
      const grid = document.querySelector('[role="grid"][aria-label="Contacts"]')
      const row = grid?.querySelector('[role="row"][aria-rowindex="2"]')
      const shown = document.querySelector('[data-testid="row-count"]')?.textContent
      reject(
        new Error(
          `Search never showed "${countText}" with first row ${firstId}: ` +
            `it shows "${shown}" with first row ${row?.id ?? 'none'}`,
        ),
      )
    }, 60_000)
  })
  w.__benchWatch = watch
}

/** The armed watch's time, once the page shows the expected result. */
export function searchWatchDone(): Promise<number> {
  const watch = (window as BenchWindow).__benchWatch
  if (!watch) throw new Error('No search watch armed')
  return watch.done
}

/**
 * The raw floor of each search: the ids whose search words start with each word of the query,
 * read with getAllKeys on the searchWords index and intersected. One open connection, as the
 * app has; one transaction per query, as the app makes.
 */
export async function rawSearches(queries: string[][]): Promise<{ ms: number; count: number }[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const times: { ms: number; count: number }[] = []
  for (const words of queries) {
    const start = performance.now()
    const index = db
      .transaction('contacts', 'readonly')
      .objectStore('contacts')
      .index('searchWords')
    const sets = await Promise.all(
      words.map(
        (word) =>
          new Promise<Set<IDBValidKey>>((resolve, reject) => {
            const request = index.getAllKeys(IDBKeyRange.bound(word, `${word}\uffff`))
            request.onsuccess = () => resolve(new Set(request.result))
            request.onerror = () => reject(request.error)
          }),
      ),
    )
    sets.sort((a, b) => a.size - b.size)
    const [smallest, ...others] = sets
    const matched = [...(smallest ?? [])].filter((id) => others.every((set) => set.has(id)))
    times.push({ ms: performance.now() - start, count: matched.length })
  }
  db.close()
  return times
}

export type ScrollRecord = {
  /** The longest gap between two animation frames while scrolling, in ms. */
  worstFrame: number
  frames: number
  /** Frames longer than 50 ms. */
  slowFrames: number
  /** The longest task the Long Tasks API reported (tasks over 50 ms), or 0. */
  longestTask: number
  longTasks: number
  /** After the jump to the end: until the last row in view shows its text. */
  endRowsMs: number
  scrolledTo: number
}

/**
 * Scrolls the grid by `step` pixels every animation frame for `durationMs`, then jumps to the
 * end, recording frame gaps and long tasks throughout.
 */
export async function scrollAndRecord({
  durationMs,
  step,
}: {
  durationMs: number
  step: number
}): Promise<ScrollRecord> {
  const body = document.querySelector<HTMLElement>('[data-testid="table-body"]')
  if (!body) throw new Error('No table body')
  const tasks: number[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration)
  })
  observer.observe({ type: 'longtask' })
  const gaps: number[] = []
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

  let last = await frame()
  const start = last
  while (last - start < durationMs) {
    body.scrollTop += step
    const now = await frame()
    gaps.push(now - last)
    last = now
  }

  const lastRowShown = () => {
    const rows = [...body.querySelectorAll('[role="row"]')]
    const bottom = body.getBoundingClientRect().bottom
    const inView = rows.filter((row) => row.getBoundingClientRect().top < bottom - 1)
    const lastRow = inView.sort(
      (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
    )[inView.length - 1]
    return Boolean(lastRow?.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim())
  }
  const jumped = performance.now()
  body.scrollTop = body.scrollHeight
  let endRowsMs = -1
  const settleUntil = jumped + 1_000
  while (last < settleUntil || (endRowsMs < 0 && last < jumped + 30_000)) {
    const now = await frame()
    gaps.push(now - last)
    last = now
    if (endRowsMs < 0 && lastRowShown()) endRowsMs = now - jumped
  }
  // Long task entries arrive after the task; give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 200))
  for (const entry of observer.takeRecords()) tasks.push(entry.duration)
  observer.disconnect()
  const scrolledTo = body.scrollTop
  body.scrollTop = 0
  return {
    worstFrame: Math.max(...gaps),
    frames: gaps.length,
    slowFrames: gaps.filter((gap) => gap > 50).length,
    longestTask: tasks.length ? Math.max(...tasks) : 0,
    longTasks: tasks.length,
    endRowsMs,
    scrolledTo,
  }
}

/**
 * Writes records (a JSON array: a string crosses to the page far faster than objects) into the
 * app's IndexedDB in one transaction, as an earlier session would have.
 */
export function writeRecords({ table, json }: { table: string; json: string }) {
  const records = JSON.parse(json) as object[]
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('impact-desk')
    open.onsuccess = () => {
      const tx = open.result.transaction(table, 'readwrite', { durability: 'relaxed' })
      const store = tx.objectStore(table)
      for (const record of records) store.put(record)
      tx.oncomplete = () => {
        open.result.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
    open.onerror = () => reject(open.error)
  })
}

/** Whether the app has created its database (Dexie does on its first query). */
export async function appDatabaseExists(): Promise<boolean> {
  const databases = await indexedDB.databases()
  return databases.some((db) => db.name === 'impact-desk' && (db.version ?? 0) > 1)
}

/** Animation-frame gaps of the page at rest, for comparison with the scrolling ones. */
export async function idleFrames(durationMs: number): Promise<number> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
  let last = await frame()
  const start = last
  let worst = 0
  while (last - start < durationMs) {
    const now = await frame()
    worst = Math.max(worst, now - last)
    last = now
  }
  return worst
}
