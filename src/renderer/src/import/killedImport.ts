import 'fake-indexeddb/auto'
import { expect } from 'vitest'
import { seededRandom } from '../../../shared/csv/seededRandom'
import type { ImportSettings } from '../../../shared/import/importSettings'
import { ImpactDeskDb } from '../db/db'
import { draftFor } from '../features/imports/wizard/wizardDraft'
import type { ImportSource } from './importSource'
import { rollbackInterruptedImports } from './rollbackImportRun'
import { runImport } from './runImport'

/**
 * What the kill tests share: an import that dies at a chosen write, as the app does when its
 * renderer or worker is killed or the power is cut, and the restart after it. A kill is
 * simulated where IndexedDB sees it: the write in flight and the rest of its transaction never
 * commit, and nothing the dead process asks for afterwards happens.
 */

/** The databases a test made, deleted after it (see `deleteDatabases`). */
const names: string[] = []
export async function deleteDatabases() {
  for (const name of names.splice(0)) await new ImpactDeskDb(name).delete()
}

/** A database that dies at its `killAt`-th write; 0 never dies. Counts the writes it saw. */
export function openDoomed(name: string, killAt = 0) {
  const db = new ImpactDeskDb(name)
  const state = { writes: 0, dead: false }
  const killed = () => Promise.reject(new Error('killed'))
  db.use({
    stack: 'dbcore',
    name: 'kill',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName)
        return {
          ...table,
          mutate: (request) => {
            if (state.dead) return killed()
            if (++state.writes !== killAt) return table.mutate(request)
            state.dead = true
            ;(request.trans as unknown as IDBTransaction).abort()
            return killed()
          },
          get: (request) => (state.dead ? killed() : table.get(request)),
          getMany: (request) => (state.dead ? killed() : table.getMany(request)),
          query: (request) => (state.dead ? killed() : table.query(request)),
          openCursor: (request) => (state.dead ? killed() : table.openCursor(request)),
          count: (request) => (state.dead ? killed() : table.count(request)),
        }
      },
    }),
  })
  return { db, state }
}

/**
 * A contact sheet as a producer's would be: people at organizations, accents, quoted
 * multi-line notes, and some people already in the workspace whose details the sheet changes.
 */
export function contactSheet(rows: number, seed: number): Uint8Array {
  const random = seededRandom(seed)
  const orgs = ['Amazon Labor Union', 'Hot Docs', 'Sindicato Unión', 'Café Ciné', 'UFCW 3000']
  const lines = ['Organization,First name,Last name,Email,Job title,Notes']
  for (let i = 0; i < rows; i++) {
    const org = orgs[Math.floor(random() * orgs.length)]
    const note = random() < 0.15 ? `"Met at the screening,\nsaid ""yes"" ${i}"` : ''
    const title = random() < 0.5 ? 'Organizer' : 'Steward'
    lines.push(`${org},José ${i},Peña,p${i}@example.org,${title},${note}`)
  }
  return new TextEncoder().encode(lines.join('\r\n'))
}

const source = (bytes: Uint8Array): ImportSource => ({
  name: 'sheet.csv',
  size: bytes.length,
  read: async (offset, length) => bytes.slice(offset, offset + length),
})

function settingsFor(bytes: Uint8Array) {
  const guessed = draftFor(source(bytes), bytes)
  return draftFor(source(bytes), bytes, {
    ...guessed.settings,
    entity: 'contactSheet' as ImportSettings['entity'],
    columns: [],
    valueOptions: { dateFormat: 'iso', decimalMark: '.' },
    policy: 'update',
  })
}

/** Every table but the import log, each sorted by id: what the user's workspace holds. */
export async function workspaceOf(db: ImpactDeskDb) {
  const tables: Record<string, unknown[]> = {}
  for (const table of db.tables) {
    if (table.name === 'importRuns') continue
    tables[table.name] = await table.orderBy(':id').toArray()
  }
  return tables
}

export type Scenario = { name: string; existing: Uint8Array; sheet: Uint8Array; batchRows: number }

/** A workspace that already holds the people of `existing`, and the run that would import `sheet`. */
export async function prepare(scenario: Scenario) {
  const db = new ImpactDeskDb(scenario.name)
  names.push(scenario.name)
  const { settings, headers } = settingsFor(scenario.existing)
  await runImport(db, source(scenario.existing), settings, headers)
  const before = await workspaceOf(db)
  const runsBefore = await db.importRuns.count()
  db.close()
  return { before, runsBefore }
}

/** The run, in a process that dies at write `killAt` (0: it lives); what it wrote in all. */
export async function importUntilKilled(scenario: Scenario, killAt: number) {
  const { db, state } = openDoomed(scenario.name, killAt)
  const { settings, headers } = settingsFor(scenario.sheet)
  const outcome = await runImport(db, source(scenario.sheet), settings, headers, {
    batchRows: scenario.batchRows,
  }).then(
    () => 'committed' as const,
    () => 'died' as const,
  )
  db.close()
  return { outcome, writes: state.writes }
}

/** The app starting again: interrupted runs rolled back, in a process that may die too. */
export async function restart(name: string, killAt = 0) {
  const { db, state } = openDoomed(name, killAt)
  const survived = await rollbackInterruptedImports(db).then(
    () => true,
    () => false,
  )
  db.close()
  return { survived, writes: state.writes }
}

/** After a clean restart: the workspace as before the run, the run logged as failed. */
export async function expectAsBefore(
  scenario: Scenario,
  before: Awaited<ReturnType<typeof prepare>>,
) {
  expect((await restart(scenario.name)).survived).toBe(true)
  const db = new ImpactDeskDb(scenario.name)
  expect(await workspaceOf(db)).toEqual(before.before)
  const runs = await db.importRuns.toArray()
  expect(runs.filter((run) => run.status === 'running')).toEqual([])
  expect(runs.filter((run) => run.status === 'committed')).toHaveLength(before.runsBefore)
  db.close()
}

export function scenario(seed: number, rows: number, batchRows: number): Scenario {
  return {
    name: `crash-${crypto.randomUUID()}`,
    // Half the sheet's people are already there: the run updates them and creates the rest.
    existing: contactSheet(Math.floor(rows / 2), seed + 1),
    sheet: contactSheet(rows, seed),
    batchRows,
  }
}
