import 'fake-indexeddb/auto'
import { afterEach, expect, it } from 'vitest'
import { seededRandom } from '../../../shared/csv/seededRandom'
import {
  deleteDatabases,
  expectAsBefore,
  importUntilKilled,
  prepare,
  restart,
  scenario,
} from './killedImport'

/**
 * The long version of crashSafety.test.ts: larger sheets and batch sizes, a seeded random kill
 * point in each run, and in half of them a second kill during the recovery.
 */
afterEach(deleteDatabases)

/** 60 rounds take about two minutes here; SOAK_ROUNDS asks for more or fewer. */
const rounds = Number(process.env.SOAK_ROUNDS ?? 60)

it(`${rounds} imports killed at random writes, and some of their recoveries too`, async () => {
  const random = seededRandom(9)
  let points = 0
  for (let round = 0; round < rounds; round++) {
    const rows = 300 + Math.floor(random() * 2700)
    const batchRows = 50 + Math.floor(random() * 450)
    const base = scenario(100 + round, rows, batchRows)
    const probe = { ...base, name: `${base.name}-probe` }
    await prepare(probe)
    const { writes } = await importUntilKilled(probe, 0)
    const before = await prepare(base)
    const killAt = 1 + Math.floor(random() * writes)
    expect((await importUntilKilled(base, killAt)).outcome).toBe('died')
    points++
    if (random() < 0.5) {
      await restart(base.name, 1 + Math.floor(random() * 3))
      points++
    }
    await expectAsBefore(base, before)
    if ((round + 1) % 10 === 0)
      console.log(`${round + 1} of ${rounds} runs: ${points} kill points survived`)
  }
  console.log(`${points} kill points survived in ${rounds} runs`)
})
