import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DuplicateCandidate, DuplicateEntity } from './duplicateCandidate'
import { duplicateCandidateRepo } from './duplicateCandidateRepo'
import { staleQueues } from './staleQueues'

// The last scan of each table, shown at once when the screen opens again (say, back from a
// merge) while a fresh scan of up to 100,000 records runs behind it.
const lastScan = new Map<DuplicateEntity, DuplicateCandidate[]>()
// Pairs set aside in this session: gone at once, even from a scan that began before the
// dismissal was saved.
const setAside = new Set<string>()

type ScanState = {
  key: string
  progress: number
  candidates?: DuplicateCandidate[]
  error?: Error
  stopped?: boolean
}

/** The review queue of one table: scanned whenever the screen opens, stoppable, with progress. */
export function useDuplicateQueue(entity: DuplicateEntity) {
  const [generation, setGeneration] = useState(0)
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(setAside))
  const [state, setState] = useState<ScanState>()
  const running = useRef<AbortController>(null)
  const key = `${entity}:${generation}`

  useEffect(() => {
    const controller = new AbortController()
    running.current = controller
    const update = (next: Omit<ScanState, 'key'>) => {
      if (!controller.signal.aborted) setState({ key, ...next })
    }
    duplicateCandidateRepo
      .scan(entity, {
        signal: controller.signal,
        onProgress: (progress) => update({ progress }),
      })
      .then(
        (candidates) => {
          lastScan.set(entity, candidates)
          update({ progress: 1, candidates })
        },
        (error: unknown) =>
          update({ progress: 1, error: error instanceof Error ? error : Error(String(error)) }),
      )
    // Leaving the screen stops the scan: nobody is waiting for it.
    return () => controller.abort()
  }, [entity, key])

  useEffect(() => staleQueues.subscribe(entity, () => setGeneration((g) => g + 1)), [entity])

  const current = state?.key === key ? state : undefined
  const done = current?.candidates !== undefined || current?.error !== undefined
  const scanned = current?.candidates ?? lastScan.get(entity)
  const candidates = useMemo(
    () => scanned?.filter((candidate) => !hidden.has(candidate.pair)),
    [scanned, hidden],
  )

  const setHiddenPair = useCallback((pair: string, isHidden: boolean) => {
    if (isHidden) setAside.add(pair)
    else setAside.delete(pair)
    setHidden(new Set(setAside))
  }, [])

  return {
    /** Undefined until a scan of this table has finished (this one or an earlier visit's). */
    candidates,
    scanning: !done && !current?.stopped,
    progress: current?.progress ?? 0,
    stopped: current?.stopped ?? false,
    error: current?.error,
    rescan: useCallback(() => setGeneration((g) => g + 1), []),
    stop: useCallback(() => {
      running.current?.abort()
      setState({ key, progress: 0, stopped: true })
    }, [key]),
    hide: useCallback((pair: string) => setHiddenPair(pair, true), [setHiddenPair]),
    unhide: useCallback((pair: string) => setHiddenPair(pair, false), [setHiddenPair]),
  }
}
