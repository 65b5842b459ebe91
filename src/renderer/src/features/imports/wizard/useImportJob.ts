import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportProgress } from '../../../import/importProgress'
import type { ImportJob } from '../../../import/importJob'
import type { JobFailure } from '../../../import/importWorkerProtocol'

export type JobState<T> =
  | { state: 'idle' }
  | { state: 'working'; progress?: ImportProgress }
  | { state: 'done'; value: T }
  | { state: 'stopped'; failure: JobFailure }

/** One worker job at a time for a step: start, progress, outcome, cancel; cancelled on leave. */
export function useImportJob<T>() {
  const [job, setJob] = useState<JobState<T>>({ state: 'idle' })
  const current = useRef<ImportJob<T> | undefined>(undefined)

  const start = useCallback((begin: (onProgress: (p: ImportProgress) => void) => ImportJob<T>) => {
    current.current?.cancel()
    setJob({ state: 'working' })
    const running = begin((progress) =>
      setJob((now) =>
        now.state === 'working' && current.current === running
          ? { state: 'working', progress }
          : now,
      ),
    )
    current.current = running
    void running.outcome.then((outcome) => {
      if (current.current !== running) return
      current.current = undefined
      setJob(
        outcome.ok
          ? { state: 'done', value: outcome.value }
          : { state: 'stopped', failure: outcome.failure },
      )
    })
  }, [])

  const cancel = useCallback(() => current.current?.cancel(), [])
  useEffect(() => () => current.current?.cancel(), [])
  return { job, start, cancel }
}
