/** Where a review or a run is: bytes of the file, rows so far, and the pace. */
export type ImportProgress = {
  phase: 'reading' | 'writing' | 'rollingBack'
  bytes: number
  size: number
  rows: number
  rowsPerSecond: number
  /** Undefined until the pace is known. */
  secondsLeft?: number
}

/** Turns read positions into progress with a pace measured from the start. */
export function createProgressMeter(phase: ImportProgress['phase']) {
  const started = performance.now()
  return (bytes: number, size: number, rows: number): ImportProgress => {
    const seconds = (performance.now() - started) / 1000
    const rowsPerSecond = seconds > 0 ? rows / seconds : 0
    const bytesPerSecond = seconds > 0 ? bytes / seconds : 0
    return {
      phase,
      bytes,
      size,
      rows,
      rowsPerSecond,
      ...(seconds > 0.5 && bytesPerSecond > 0
        ? { secondsLeft: Math.max(0, (size - bytes) / bytesPerSecond) }
        : {}),
    }
  }
}
