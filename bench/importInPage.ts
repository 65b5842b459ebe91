/**
 * Functions the import benchmark runs inside the page (passed to page.evaluate): they must not
 * close over anything of this module.
 */

type Watch = { longest: number; worstGap: number; stop: boolean }

/** Starts recording the longest main-thread task and the worst gap between animation frames. */
export function armSmoothnessWatch() {
  const watch: Watch = { longest: 0, worstGap: 0, stop: false }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.longest = Math.max(watch.longest, entry.duration)
  }).observe({ type: 'longtask', buffered: false })
  let last = performance.now()
  const frame = (now: number) => {
    watch.worstGap = Math.max(watch.worstGap, now - last)
    last = now
    if (!watch.stop) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  ;(globalThis as unknown as { __importWatch: Watch }).__importWatch = watch
}

export function readSmoothnessWatch(): { longest: number; worstGap: number } {
  const watch = (globalThis as unknown as { __importWatch: Watch }).__importWatch
  watch.stop = true
  return { longest: watch.longest, worstGap: watch.worstGap }
}

/**
 * The raw baseline: the file parsed by papaparse and written with plain IndexedDB puts, 2,000
 * rows a transaction, in a worker, into the app's own contacts and organizations stores (same
 * schema, same indexes). Answers the milliseconds from start to the last commit.
 */
export function runBaseline(workerUrl: string): Promise<{ ms: number; rows: number }> {
  const input = document.getElementById('bench-file') as HTMLInputElement
  const file = input.files?.[0]
  if (!file) throw new Error('No file chosen for the baseline')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const worker = new Worker(workerUrl)
    worker.onmessage = ({ data }) => {
      worker.terminate()
      if (data.error) reject(new Error(data.error))
      else resolve({ ms: performance.now() - started, rows: data.rows })
    }
    worker.postMessage(file)
  })
}

/** A file input the test can give a file on disk to, for the baseline. */
export function addBaselineInput() {
  const input = document.createElement('input')
  input.type = 'file'
  input.id = 'bench-file'
  input.style.display = 'none'
  document.body.append(input)
}
