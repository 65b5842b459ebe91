import { useEffect, useState } from 'react'

type Held<T> = { key: string; value: T }

/**
 * The result of an async read, re-run when `key` or `version` changes. While a new key is read,
 * the previous result stays if `keepPrevious` (a search being typed) or is `undefined` (a new
 * sort); a new version of the same key always keeps showing the old result until the new one
 * arrives. A read that finishes after a newer one started is dropped. While `wait`, nothing is
 * read (another read goes first).
 */
export function useReadResult<T>(
  key: string,
  version: number,
  read: () => Promise<T>,
  { keepPrevious = false, wait = false } = {},
): T | undefined {
  const [held, setHeld] = useState<Held<T>>()
  useEffect(() => {
    if (wait) return
    let current = true
    read().then(
      (value) => current && setHeld({ key, value }),
      (error: unknown) =>
        current &&
        setHeld(() => {
          // Thrown during render, so the screen's error boundary shows it.
          throw error
        }),
    )
    return () => {
      current = false
    }
    // `read` is a new function each render; what it reads is named by `key` and `version`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version, wait])
  if (!held) return undefined
  return held.key === key || keepPrevious ? held.value : undefined
}
