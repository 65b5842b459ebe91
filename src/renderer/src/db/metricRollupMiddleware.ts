import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie'
import {
  type MetricRollup,
  type RolledEntry,
  type RollupDeltas,
  applyDeltas,
  rollupDeltas,
} from '../../../shared/domain/metricRollup'

export const ENTRIES = 'metricEntries'
export const ROLLUPS = 'metricRollups'

/**
 * Dexie's transaction zone. The layers below (cache, observability) read the current
 * transaction from it, and an `await` in this middleware leaves it; each call down is made
 * back inside the zone the request came in with. Untyped, but part of Dexie.Promise since 2.0.
 */
const zones = Dexie.Promise as unknown as {
  PSD: unknown
  usePSD<T>(zone: unknown, fn: () => T): T
}
type InZone = <T>(fn: () => T) => T

type Change = { before?: RolledEntry; after?: RolledEntry }

/** The entries a request is about to replace or delete, read in its own transaction. */
async function previousValues(table: DBCoreTable, req: DBCoreMutateRequest, inZone: InZone) {
  if (req.type === 'add') return []
  if (req.type === 'deleteRange') {
    return (
      await inZone(() =>
        table.query({
          trans: req.trans,
          values: true,
          query: { index: table.schema.primaryKey, range: req.range },
        }),
      )
    ).result as RolledEntry[]
  }
  const keys =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey!(value)))
  return (await inZone(() => table.getMany({ trans: req.trans, keys }))) as (
    RolledEntry | undefined
  )[]
}

/** What each successful operation of the request changed, from the values before it. */
function changesOf(
  req: DBCoreMutateRequest,
  before: readonly (RolledEntry | undefined)[],
  res: DBCoreMutateResponse,
): Change[] {
  const failed = (index: number) => res.failures[index] !== undefined
  if (req.type === 'deleteRange') return before.map((entry) => ({ before: entry }))
  if (req.type === 'delete') {
    return req.keys.flatMap((_, i) => (failed(i) ? [] : [{ before: before[i] }]))
  }
  return req.values.flatMap((value, i) =>
    failed(i) ? [] : [{ before: before[i], after: value as RolledEntry }],
  )
}

async function writeDeltas(
  rollups: DBCoreTable,
  trans: DBCoreTransaction,
  deltas: RollupDeltas,
  inZone: InZone,
) {
  if (deltas.size === 0) return
  const stored = (await inZone(() => rollups.getMany({ trans, keys: [...deltas.keys()] }))) as (
    MetricRollup | undefined
  )[]
  const { put, remove } = applyDeltas(deltas, stored)
  if (put.length > 0) await inZone(() => rollups.mutate({ trans, type: 'put', values: put }))
  if (remove.length > 0) {
    await inZone(() => rollups.mutate({ trans, type: 'delete', keys: remove }))
  }
}

/**
 * Keeps `metricRollups` in step with `metricEntries` in the same transaction as each write:
 * repository writes, bulk imports, undo and the sample all pass through here, so the rollups
 * can never disagree with the entries they sum. A transaction that writes entries gets the
 * rollup table added to its scope. Writes within one transaction are applied one after the
 * other, so two parallel writes cannot both read the same rollup row and lose one's change.
 */
export const metricRollupMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'MetricRollups',
  // Below Dexie's hooks (level 2), which need its transaction zone that an await here would
  // lose; above the observability and cache layers (0), so liveQuery sees the rollups change.
  level: 1.5,
  create(down) {
    // Databases opened at a version before the rollups (migration tests) are left alone.
    if (!down.schema.tables.some((table) => table.name === ROLLUPS)) return down
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>()
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(ENTRIES) && !stores.includes(ROLLUPS)
            ? [...stores, ROLLUPS]
            : stores
        return down.transaction(widened, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (name !== ENTRIES) return table
        const rollups = down.table(ROLLUPS)
        async function mutate(req: DBCoreMutateRequest, inZone: InZone) {
          const before = await previousValues(table, req, inZone)
          const res = await inZone(() => table.mutate(req))
          const deltas = rollupDeltas(changesOf(req, before, res))
          await writeDeltas(rollups, req.trans, deltas, inZone)
          return res
        }
        return {
          ...table,
          mutate(req) {
            const previous = queues.get(req.trans) ?? Promise.resolve()
            const zone = zones.PSD
            const inZone: InZone = (fn) => zones.usePSD(zone, fn)
            const run = previous.then(() => mutate(req, inZone))
            queues.set(
              req.trans,
              run.catch(() => undefined),
            )
            return run
          },
        }
      },
    }
  },
}
