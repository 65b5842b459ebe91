import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { ImpactDeskDb } from '../db/db'
import {
  deleteDatabases,
  expectAsBefore,
  importUntilKilled,
  prepare,
  restart,
  scenario,
  workspaceOf,
} from './killedImport'

/**
 * The app killed during an import (renderer, worker or power) and started again finds the
 * database exactly as before the run, or as after it. Every write of a run is tried as the
 * kill point, and for one of them every write of the recovery after it too.
 * `npm run test:soak` runs larger files at seeded random points (killedImport.soak.ts).
 */
afterEach(deleteDatabases)

describe('an import killed at any write', () => {
  it('leaves, after a restart, the workspace exactly as before the run, at every write', async () => {
    const base = scenario(1, 240, 50)
    // A run that lives: how many writes it makes, and that it changes the workspace.
    const prepared = await prepare(base)
    const clean = await importUntilKilled(base, 0)
    expect(clean.outcome).toBe('committed')
    // Five batches, each writing organizations, people, affiliations, prior values and counts.
    expect(clean.writes).toBeGreaterThanOrEqual(20)
    const db = new ImpactDeskDb(base.name)
    const after = await workspaceOf(db)
    db.close()
    expect(after).not.toEqual(prepared.before)
    expect(after.importChanges?.length).toBeGreaterThan(0)

    for (let killAt = 1; killAt <= clean.writes; killAt++) {
      const each = { ...base, name: `${base.name}-${killAt}` }
      const before = await prepare(each)
      const run = await importUntilKilled(each, killAt)
      expect(run.outcome, `killed at write ${killAt}`).toBe('died')
      await expectAsBefore(each, before)
    }
  }, 120_000)

  it('survives a second kill while the restart rolls the run back, at every write of it', async () => {
    const base = scenario(2, 240, 50)
    const kill = 14
    const probe = { ...base, name: `${base.name}-probe` }
    await prepare(probe)
    await importUntilKilled(probe, kill)
    const recovery = await restart(probe.name)
    expect(recovery.writes).toBeGreaterThanOrEqual(3)

    for (let second = 1; second <= recovery.writes; second++) {
      const each = { ...base, name: `${base.name}-${second}` }
      const before = await prepare(each)
      await importUntilKilled(each, kill)
      expect((await restart(each.name, second)).survived, `killed at write ${second}`).toBe(false)
      await expectAsBefore(each, before)
    }
  }, 60_000)
})
