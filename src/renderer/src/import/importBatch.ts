import type { ImportChange } from '../../../shared/domain/importChange'
import {
  emptyImportCounts,
  type ImportCounts,
  type ImportTable,
  type TableCounts,
} from '../../../shared/domain/importRun'
import { LIVE } from '../../../shared/domain/record'
import type { DuplicatePolicy } from '../../../shared/import/importSettings'
import { csvIssue, type CsvIssue } from '../../../shared/csv/csvIssue'
import { mergeRecord } from '../../../shared/import/mergeRecord'
import { differingPaths, pathsToMerge } from '../../../shared/import/mergeRules'
import { derivedFields, rebuilt } from './importTables'
import { MAX_LISTED_UPDATES, updateName, type PlannedUpdate } from './plannedUpdate'
import type { RowRecord } from '../../../shared/import/rowRecords'
import type { ImpactDeskDb } from '../db/db'

export type Item = Record<string, unknown>
export type Outcome = keyof TableCounts

/** The records one batch writes, by table, and the prior values of the ones it changes. */
export type BatchPlan = {
  puts: Partial<Record<ImportTable, Item[]>>
  changes: ImportChange[]
  warnings: CsvIssue[]
}

/**
 * The tables whose records rows name again and again (a partner on many people's rows, a
 * screening on many values'): a run keeps the ones it used last in memory, up to KEPT_RECORDS
 * (a few MB). People and values are rarely named twice; keeping them would keep most of the run.
 */
const NAMED_TABLES: ReadonlySet<ImportTable> = new Set([
  'campaigns',
  'organizations',
  'screenings',
  'metricDefinitions',
])
const KEPT_RECORDS = 20_000

/**
 * What the ids of records a dry run "creates" start with: they are never written, and a later
 * batch knows them by it rather than by a set of every id (a run creates one or two per row).
 */
const DRY_RUN_ID = 'dry-run:'

/**
 * What an import run knows across its batches (counts, the records it created, the prior values
 * it kept) and, per batch, the records in play: `batch()` gives the operations the planners use
 * to create, match and change records, and `finish()` the batch's writes. `runId` undefined is
 * the dry run of the review: the same decisions, nothing written.
 */
export function createRunState(db: ImpactDeskDb, policy: DuplicatePolicy, runId?: string) {
  const counts: ImportCounts = emptyImportCounts()
  /** Made by this dry run, so in no database. */
  const madeInDryRun = (id: string) => !runId && id.startsWith(DRY_RUN_ID)
  /** Whether a record was there before the run: a real run's own records carry its id. */
  const fromBefore = (id: string, record: Item) =>
    runId ? record['importRunId'] !== runId : !madeInDryRun(id)
  /** The fields of records from before the run whose prior values are kept, by record. */
  const priorKept = new Map<string, Set<string>>()
  /**
   * Records from before the run that a row matched: a later row of the file that matches one
   * again only fills its blanks, so the file merges into it once and imports again unchanged.
   */
  const matched = new Set<string>()
  /** What a dry run would change on records from before it, field by field (the review's list). */
  const updates: PlannedUpdate[] = []
  /** How many such records, listed or not. */
  let updatedBefore = 0
  /**
   * The records of the batch planned last (a real run), written only once the next batch has
   * read what it needs: the next batch takes them from here, never from the database, where
   * they are not yet.
   */
  let inFlight = new Map<string, Item>()
  /**
   * The latest version of the records of NAMED_TABLES the run read or wrote, the KEPT_RECORDS it
   * used last, so that a partner named on many rows is read once. A dry run keeps only what it
   * read: what it "created" is nowhere to read (see `record`).
   */
  const kept = new Map<string, Item>()
  function keep(table: ImportTable, record: Item) {
    if (!NAMED_TABLES.has(table)) return
    const id = record['id'] as string
    kept.delete(id)
    kept.set(id, record)
    if (kept.size > KEPT_RECORDS) kept.delete(kept.keys().next().value as string)
  }
  /** A record the run holds, in its latest version (kept again as the one used last). */
  function held(table: ImportTable, id: string): Item | undefined {
    const record = inFlight.get(id) ?? kept.get(id)
    if (record) keep(table, record)
    return record
  }

  function batch() {
    const at = new Date().toISOString()
    const current = new Map<string, Item>()
    const dirty = new Map<string, ImportTable>()
    const changes: ImportChange[] = []
    /** What rows of the batch import otherwise than written, for the review to say. */
    const warnings: CsvIssue[] = []
    /** The table of each live record a row of the batch names by id ("Impact Desk ID"). */
    const namedTables = new Map<string, ImportTable>()

    const count = (table: ImportTable, outcome: Outcome) => counts.byTable[table][outcome]++

    /** Records found by the batch's queries, so that later steps need not read them again. */
    function found(records: readonly Item[]) {
      for (const record of records) {
        if (record['deletedAt'] !== LIVE) continue
        const id = record['id'] as string
        current.set(id, inFlight.get(id) ?? kept.get(id) ?? record)
      }
    }

    async function record(table: ImportTable, id: string): Promise<Item | undefined> {
      const known = current.get(id) ?? held(table, id)
      // In a dry run, a record an earlier batch "created" is only in memory, if kept there.
      if (known || madeInDryRun(id)) {
        if (known) current.set(id, known)
        return known
      }
      const fetched = (await db.table(table).get(id)) as Item | undefined
      if (fetched) current.set(id, fetched)
      if (fetched && !kept.has(id)) keep(table, fetched)
      return fetched
    }

    /** Reads the records not yet in play, together (a record an earlier dry batch made is not). */
    async function load(table: ImportTable, ids: readonly string[]) {
      const missing = [...new Set(ids)].filter((id) => !current.has(id))
      const unread: string[] = []
      for (const id of missing) {
        const record = held(table, id)
        if (record) current.set(id, record)
        else if (!madeInDryRun(id)) unread.push(id)
      }
      if (!unread.length) return
      const records = (await db.table(table).bulkGet(unread)) as (Item | undefined)[]
      for (const record of records) {
        if (!record) continue
        keep(table, record)
        current.set(record['id'] as string, record)
      }
    }

    /**
     * Reads the records the batch's rows name by id, together: one `bulkGet` per table and
     * batch. Ids that name nothing, or a record in the trash, are left out: answers the others.
     */
    async function loadNamed(
      table: ImportTable,
      ids: readonly (string | undefined)[],
    ): Promise<string[]> {
      const wanted = [...new Set(ids)].filter((id): id is string => !!id)
      if (!wanted.length) return []
      const records = (await db.table(table).bulkGet(wanted)) as (Item | undefined)[]
      const live = records.filter((record): record is Item => record?.['deletedAt'] === LIVE)
      for (const record of live) namedTables.set(record['id'] as string, table)
      found(live)
      return live.map((record) => record['id'] as string)
    }

    /** The id a row names its record by, if `loadNamed` found a live record of that table. */
    function namedMatch(table: ImportTable, id: string | undefined): string | undefined {
      return id !== undefined && namedTables.get(id) === table ? id : undefined
    }

    function create(table: ImportTable, fields: Item): string {
      const id = `${runId ? '' : DRY_RUN_ID}${crypto.randomUUID()}`
      current.set(id, {
        ...fields,
        // What is stored beside the fields (search words, keys) only matters to what is written.
        ...(runId ? derivedFields(table, fields) : {}),
        id,
        createdAt: at,
        updatedAt: at,
        deletedAt: LIVE,
        ...(runId ? { importRunId: runId } : {}),
      })
      dirty.set(id, table)
      count(table, 'created')
      return id
    }

    /** A record's fields changed by the run; a record from before keeps its prior values. */
    function change(
      table: ImportTable,
      id: string,
      existing: Item,
      merged: Item,
      fields: string[],
    ) {
      if (fromBefore(id, existing)) {
        const first = !priorKept.has(id)
        const kept = priorKept.get(id) ?? new Set<string>()
        const fresh = fields.filter((field) => !kept.has(field))
        if (fresh.length) {
          for (const field of fresh) kept.add(field)
          priorKept.set(id, kept)
          const before = Object.fromEntries(fresh.map((field) => [field, existing[field]]))
          changes.push({
            id: `${runId ?? ''}|${id}|${kept.size}`,
            runId: runId ?? '',
            table,
            recordId: id,
            // The first change also keeps when the record last changed: undo puts that back too.
            before: first ? { ...before, updatedAt: existing['updatedAt'] } : before,
            fields: fresh,
          })
        }
      }
      current.set(id, { ...rebuilt(table, merged), updatedAt: at })
      dirty.set(id, table)
    }

    /** The duplicates policy applied to a match: what happened to it. */
    async function apply(
      table: ImportTable,
      id: string,
      incoming: RowRecord<Item>,
    ): Promise<Outcome> {
      if (policy === 'skip') {
        count(table, 'skipped')
        return 'skipped'
      }
      const existing = await record(table, id)
      if (!existing) {
        // Created by an earlier row of this dry run: it would take these values too.
        count(table, 'updated')
        return 'updated'
      }
      const before = fromBefore(id, existing)
      // A record an earlier row of the file created or matched only has its blanks filled.
      const again = !before || matched.has(id)
      if (before) matched.add(id)
      const paths = pathsToMerge(table, id, existing, incoming)
      const differing =
        again && incoming.row !== undefined ? differingPaths(table, existing, incoming, paths) : []
      if (differing.length)
        warnings.push(
          csvIssue(
            'sameRecordDiffers',
            { row: incoming.row },
            { table, fields: differing.join(',') },
          ),
        )
      const merge = mergeRecord(
        existing,
        incoming.fields,
        paths,
        policy === 'fill' ? 'fill' : again ? 'combine' : 'update',
      )
      let { merged } = merge
      const { changed } = merge
      // Of the names of one organization in the file, the most complete is kept.
      const name = incoming.fields['name']
      if (table === 'organizations' && !before && typeof name === 'string') {
        if (name.trim().length > String(merged['name'] ?? '').length) {
          merged = { ...merged, name: name.trim() }
          if (!changed.includes('name')) changed.push('name')
        }
      }
      if (!changed.length) {
        count(table, 'unchanged')
        return 'unchanged'
      }
      if (!runId && before && updatedBefore++ < MAX_LISTED_UPDATES)
        updates.push({
          ...(incoming.row !== undefined ? { row: incoming.row } : {}),
          table,
          id,
          name: updateName(merged),
          fields: changed.map((field) => ({
            field,
            before: existing[field],
            after: merged[field],
          })),
        })
      change(table, id, existing, merged, changed)
      count(table, 'updated')
      return 'updated'
    }

    /** A match, or a new record when there is none (or the policy creates anyway). */
    async function upsert(
      table: ImportTable,
      match: string | undefined,
      incoming: RowRecord<Item>,
    ): Promise<[string, Outcome]> {
      if (match && policy !== 'create') return [match, await apply(table, match, incoming)]
      return [create(table, incoming.fields), 'created']
    }

    function finish(): BatchPlan {
      const puts: BatchPlan['puts'] = {}
      // The batch before is written by now, or its write is under way: every read from here
      // on waits for that write, and finds its records in the database.
      inFlight = new Map()
      for (const [id, table] of dirty) {
        const record = current.get(id) as Item
        ;(puts[table] ??= []).push(record)
        // A dry run keeps the partners and screenings it "creates", for the rows naming them again.
        if (!runId) {
          if (madeInDryRun(id)) keep(table, record)
          continue
        }
        inFlight.set(id, record)
        keep(table, record)
      }
      return { puts, changes, warnings }
    }

    return {
      at,
      policy,
      current,
      found,
      record,
      load,
      loadNamed,
      namedMatch,
      create,
      change,
      apply,
      upsert,
      count,
      finish,
    }
  }

  return { runId, counts, updates, updatedBefore: () => updatedBefore, batch }
}

export type RunState = ReturnType<typeof createRunState>
export type ImportBatch = ReturnType<RunState['batch']>
