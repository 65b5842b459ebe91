import Dexie, { type Table } from 'dexie'
import type { z } from 'zod'
import { LIVE, type RecordMeta, type Stored } from '../../../shared/domain/record'

export type SortDirection = 'asc' | 'desc'

export type ListOptions<K extends string> = {
  sortBy?: K
  direction?: SortDirection
  offset?: number
  limit?: number
}

export type Page<T> = { items: T[]; total: number }

/** What is wrong with one field: where, zod's code and format, and a message. */
export type FieldIssue = { path: string; code: string; format?: string; message: string }

/** A record that failed its entity's schema; `issues` name each field and what was expected. */
export class ValidationError extends Error {
  override name = 'ValidationError'
  constructor(
    readonly entity: string,
    readonly issues: FieldIssue[],
  ) {
    super(
      `${entity}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    )
  }
}

const now = () => new Date().toISOString()

function stripMeta<T extends object>(
  record: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'importRunId'> {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    importRunId: _r,
    ...fields
  } = record as T & {
    id: unknown
    createdAt: unknown
    updatedAt: unknown
    deletedAt: unknown
    importRunId?: unknown
  }
  return fields
}

/** An edit worth keeping in a record's timeline: which fields changed, from what, to what. */
export type FieldChange = { field: string; from: unknown; to: unknown }

type RepositoryOptions<S extends z.ZodType<object>, K extends string, D extends object> = {
  entity: string
  table: () => Table<Stored<z.output<S>> & D, string>
  schema: S
  /** Fields every record has, each with a `[deletedAt+key]` index; the first is the default. */
  sortKeys: readonly [K, ...K[]]
  /** Fields computed from the others on every write (search words, normalised keys). */
  derive?: (fields: z.output<S>) => D
  /** Where each update's changes are recorded, for the record's timeline. */
  recordEdits?: (recordId: string, changes: FieldChange[]) => Promise<unknown>
  /** Tables that recordEdits writes to, joined to the update's transaction. */
  editTables?: () => Table[]
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Create, read, update, list, trash, restore and purge for one entity, over one Dexie table.
 * Every write is checked against the entity's schema. A page is read straight from a
 * `[deletedAt+key]` index, never by loading the table.
 */
export function createRepository<
  S extends z.ZodType<object>,
  K extends string,
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  D extends object = {},
>({
  entity,
  table,
  schema,
  sortKeys,
  derive = () => ({}) as D,
  recordEdits,
  editTables = () => [],
}: RepositoryOptions<S, K, D>) {
  type Fields = z.output<S>
  type Rec = Stored<Fields> & D

  function issuesOf(input: unknown): FieldIssue[] {
    const result = schema.safeParse(input)
    if (result.success) return []
    return result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      code: issue.code,
      format: 'format' in issue ? String(issue.format) : undefined,
      message: issue.message,
    }))
  }

  function validate(input: unknown): Fields {
    const result = schema.safeParse(input)
    if (result.success) return result.data
    throw new ValidationError(entity, issuesOf(input))
  }

  function assertSortKey(key: string): asserts key is K {
    if (!(sortKeys as readonly string[]).includes(key)) {
      throw new Error(`${entity} cannot be sorted by "${key}"; use one of ${sortKeys.join(', ')}`)
    }
  }

  function build(input: unknown, meta: RecordMeta): Rec {
    const fields = validate(input)
    return { ...fields, ...derive(fields), ...meta } as Rec
  }

  function changesBetween(before: Fields, after: Fields): FieldChange[] {
    return Object.keys(after as object)
      .filter((field) => !sameValue(before[field as keyof Fields], after[field as keyof Fields]))
      .map((field) => ({
        field,
        from: before[field as keyof Fields],
        to: after[field as keyof Fields],
      }))
  }

  async function updateEach(
    idList: readonly string[],
    patchOf: (record: Rec) => Partial<z.input<S>>,
  ): Promise<Rec[]> {
    return table().db.transaction('rw', [table(), ...editTables()], async () => {
      const existing = await table().bulkGet([...idList])
      const updated: Rec[] = []
      const edits: [string, FieldChange[]][] = []
      for (const [index, record] of existing.entries()) {
        if (!record) throw new Error(`${entity} ${idList[index]} does not exist`)
        const before = stripMeta(record) as Fields
        const after = validate({ ...before, ...patchOf(record) })
        const changes = changesBetween(before, after)
        if (changes.length === 0) {
          updated.push(record)
          continue
        }
        const { id, createdAt, deletedAt, importRunId } = record
        updated.push({
          ...after,
          ...derive(after),
          id,
          createdAt,
          updatedAt: now(),
          deletedAt,
          ...(importRunId ? { importRunId } : {}),
        } as Rec)
        edits.push([id, changes])
      }
      await table().bulkPut(updated)
      if (recordEdits) for (const [id, changes] of edits) await recordEdits(id, changes)
      return updated
    })
  }

  const ids = (list: string | readonly string[]) => (typeof list === 'string' ? [list] : [...list])

  return {
    entity,
    sortKeys,

    /** What would be wrong with these fields, without writing anything; [] when they are fine. */
    check(input: unknown): FieldIssue[] {
      return issuesOf(input)
    },

    async create(input: z.input<S>): Promise<Rec> {
      const at = now()
      const record = build(input, {
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        deletedAt: LIVE,
      })
      await table().add(record)
      return record
    },

    async createMany(inputs: readonly z.input<S>[]): Promise<Rec[]> {
      const at = now()
      const records = inputs.map((input) =>
        build(input, { id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: LIVE }),
      )
      await table().bulkAdd(records)
      return records
    },

    async get(id: string): Promise<Rec | undefined> {
      return table().get(id)
    },

    /** The records with these ids, in the same order; undefined where one does not exist. */
    async getMany(idList: readonly string[]): Promise<(Rec | undefined)[]> {
      return table().bulkGet([...idList])
    },

    /** Applies a partial change; the merged record must still pass the schema. */
    async update(id: string, patch: Partial<z.input<S>>): Promise<Rec> {
      const [record] = await updateEach([id], () => patch)
      return record!
    },

    /** Applies a change to each record, all or none; `patchOf` sees the record as it is. */
    updateMany(ids: readonly string[], patchOf: (record: Rec) => Partial<z.input<S>>) {
      return updateEach(ids, patchOf)
    },

    /** A page of live records in the order asked, and how many live records there are. */
    async list(options: ListOptions<K> = {}): Promise<Page<Rec>> {
      const { sortBy = sortKeys[0], direction = 'asc', offset = 0, limit = 50 } = options
      assertSortKey(sortBy)
      const range = () =>
        table()
          .where(`[deletedAt+${sortBy}]`)
          .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey], true, true)
      const ordered = direction === 'desc' ? range().reverse() : range()
      const [items, total] = await Promise.all([
        ordered.offset(offset).limit(limit).toArray(),
        range().count(),
      ])
      return { items, total }
    },

    /** How many live records there are. */
    async count(): Promise<number> {
      return table()
        .where(`[deletedAt+${sortKeys[0]}]`)
        .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey], true, true)
        .count()
    },

    /** Whether there is no live record: one index step, where counting would walk them all. */
    async isEmpty(): Promise<boolean> {
      return (await table().where('deletedAt').equals(LIVE).first()) === undefined
    },

    /** Records in the trash, most recently deleted first. */
    async listTrash(options: { offset?: number; limit?: number } = {}): Promise<Page<Rec>> {
      const { offset = 0, limit = 50 } = options
      const trashed = () => table().where('deletedAt').above(LIVE)
      const [items, total] = await Promise.all([
        trashed().reverse().offset(offset).limit(limit).toArray(),
        trashed().count(),
      ])
      return { items, total }
    },

    /** Moves live records to the trash; returns how many moved. */
    async softDelete(idList: string | readonly string[]): Promise<number> {
      const at = now()
      return table()
        .where('id')
        .anyOf(ids(idList))
        .and((record) => record.deletedAt === LIVE)
        .modify((record) => {
          record.deletedAt = at
          record.updatedAt = at
        })
    },

    /** Brings records back from the trash; returns how many came back. */
    async restore(idList: string | readonly string[]): Promise<number> {
      return table()
        .where('id')
        .anyOf(ids(idList))
        .and((record) => record.deletedAt !== LIVE)
        .modify((record) => {
          record.deletedAt = LIVE
          record.updatedAt = now()
        })
    },

    /** Deletes records for good; only records already in the trash can be purged. */
    async purge(idList: string | readonly string[]): Promise<number> {
      return table()
        .where('id')
        .anyOf(ids(idList))
        .and((record) => record.deletedAt !== LIVE)
        .delete()
    },
  }
}
