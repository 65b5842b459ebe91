import { describe, expect, it } from 'vitest'
import { createCrashReload } from './crashReload'

describe('createCrashReload', () => {
  it('reloads after a crash, a kill or running out of memory, never after a clean exit', () => {
    const shouldReload = createCrashReload()
    expect(shouldReload('crashed')).toBe(true)
    expect(shouldReload('killed')).toBe(true)
    expect(shouldReload('oom')).toBe(true)
    expect(shouldReload('clean-exit')).toBe(false)
  })

  it('stops after three reloads within a minute, and reloads again once it has passed', () => {
    let clock = 0
    const shouldReload = createCrashReload({ now: () => clock })
    expect([1, 2, 3, 4].map(() => shouldReload('crashed'))).toEqual([true, true, true, false])
    clock = 59_000
    expect(shouldReload('crashed')).toBe(false)
    clock = 60_001
    expect(shouldReload('crashed')).toBe(true)
  })
})
