import { readdirSync, readFileSync } from 'node:fs'

/**
 * The resident memory of every Chromium process on the machine, in MB, from /proc: the
 * browser, its renderers and their workers (a worker's heap is in its renderer's process).
 */
export function chromiumMemoryMb(): number {
  let kb = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const name = /^Name:\s*(.+)$/m.exec(status)?.[1] ?? ''
      if (!/chrom/i.test(name)) continue
      kb += Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0)
    } catch {
      // The process ended while we looked.
    }
  }
  return kb / 1024
}

/** Samples the Chromium memory every `everyMs` until stopped; answers the peak. */
export function sampleMemory(everyMs = 200) {
  let peak = chromiumMemoryMb()
  const timer = setInterval(() => (peak = Math.max(peak, chromiumMemoryMb())), everyMs)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, chromiumMemoryMb())
    },
  }
}
