import { readdirSync, readFileSync } from 'node:fs'

/**
 * The resident memory of every Chromium process on the machine, in MB, from /proc: the
 * browser, its renderers and their workers (a worker's heap is in its renderer's process).
 * Chromium's on-device model service is left out: it is no part of the app, Electron does not
 * run it, and Chromium may start it in the middle of a measurement (+45 MB).
 */
export function chromiumMemoryMb(): number {
  let kb = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const name = /^Name:\s*(.+)$/m.exec(status)?.[1] ?? ''
      if (!/chrom/i.test(name)) continue
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('on_device_model')) continue
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
