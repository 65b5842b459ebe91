import Dexie, { type Table } from 'dexie'
import type { z } from 'zod'
import { LIVE, type Stored } from '../../../shared/domain/record'

export type SortDirection = 'asc' | 'desc'

export type ListOptions<K extends string> = {
  sortBy?: K
  direction?: SortDirection
  offset?: number
  limit?: number
}

export type Page<T> = { items: T[]; total: number }

export type Repository<S extends z.ZodType<object>, K extends string> = ReturnType<
  typeof createRepository<S, K>
>

/** A record that failed its entity's schema; `issues` name each field and what was expected. */
export class ValidationError extends Error {
  override name = 'ValidationError'
  constructor(
    readonly entity: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `${entity}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    )
  }
}

const now = () => new Date().toISOString()

function stripMeta<T extends object>(
  record: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    ...fields
  } = record as T & {
    id: unknown
    createdAt: unknown
    updatedAt: unknown
    deletedAt: unknown
  }
  return fields
}

/**
 * Create, read, update, list, trash, restore and purge for one entity, over one Dexie table.
 * Every write is checked against the entity's schema. `sortKeys` are fields every record has,
 * each with a `[deletedAt+key]` index, so a page is read straight from the index.
 */
export function createRepository<S extends z.ZodType<object>, K extends string>(
  entity: string,
  table: () => Table<Stored<z.output<S>>, string>,
  schema: S,
  sortKeys: readonly [K, ...K[]],
) {
  type Fields = z.output<S>
  type Rec = Stored<Fields>

  function validate(input: unknown): Fields {
    const result = schema.safeParse(input)
    if (result.success) return result.data
    throw new ValidationError(
      entity,
      result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    )
  }

  function assertSortKey(key: string): asserts key is K {
    if (!(sortKeys as readonly string[]).includes(key)) {
      throw new Error(`${entity} cannot be sorted by "${key}"; use one of ${sortKeys.join(', ')}`)
    }
  }

  const ids = (list: string | readonly string[]) => (typeof list === 'string' ? [list] : [...list])

  return {
    entity,
    sortKeys,

    async create(input: z.input<S>): Promise<Rec> {
      const at = now()
      const record = {
        ...validate(input),
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        deletedAt: LIVE,
      } as Rec
      await table().add(record)
      return record
    },

    async createMany(inputs: readonly z.input<S>[]): Promise<Rec[]> {
      const at = now()
      const records = inputs.map(
        (input) =>
          ({
            ...validate(input),
            id: crypto.randomUUID(),
            createdAt: at,
            updatedAt: at,
            deletedAt: LIVE,
          }) as Rec,
      )
      await table().bulkAdd(records)
      return records
    },

    async get(id: string): Promise<Rec | undefined> {
      return table().get(id)
    },

    /** Applies a partial change; the merged record must still pass the schema. */
    async update(id: string, patch: Partial<z.input<S>>): Promise<Rec> {
      return table().db.transaction('rw', table(), async () => {
        const existing = await table().get(id)
        if (!existing) throw new Error(`${entity} ${id} does not exist`)
        const fields = validate({ ...stripMeta(existing), ...patch })
        const record = {
          ...fields,
          id,
          createdAt: existing.createdAt,
          updatedAt: now(),
          deletedAt: existing.deletedAt,
        } as Rec
        await table().put(record)
        return record
      })
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
