import Dexie, { type Table } from 'dexie'
import { LIVE } from '../../../shared/domain/record'
import {
  csvHead,
  csvText,
  exportFieldsFor,
  type ExportEntity,
  type ExportOptions,
  type LinkNames,
} from '../../../shared/export'
import { recordRow } from '../../../shared/export/recordRow'
import type { ImpactDeskDb } from '../db/db'

/** Records read from IndexedDB at once: a few hundred, never the whole table. */
export const EXPORT_PAGE = 500

export type ExportProgress = { done: number; total: number; written: number }

/** The table's sort, when the ids are in its order: pages are then read along its index. */
export type ExportOrder = { sortBy: string; direction: 'asc' | 'desc' }

type Item = Record<string, unknown> & { id: string }

class NameCache {
  readonly names = new Map<string, string>()
  constructor(
    private readonly table: Table<Item, string>,
    private readonly nameOf: (record: Item) => string,
  ) {}

  /** Reads the names of the ids not read yet, in one request. */
  async load(ids: Iterable<string | undefined>) {
    const missing = [...new Set(ids)].filter(
      (id): id is string => typeof id === 'string' && !this.names.has(id),
    )
    if (missing.length === 0) return
    const records = await this.table.bulkGet(missing)
    records.forEach((record, index) => {
      this.names.set(missing[index] as string, record ? this.nameOf(record) : '')
    })
  }
}

function linkCaches(db: ImpactDeskDb) {
  const table = (name: keyof ImpactDeskDb) => db[name] as unknown as Table<Item, string>
  const campaigns = new NameCache(table('campaigns'), (c) => String(c['title'] ?? ''))
  const organizations = new NameCache(table('organizations'), (o) => String(o['name'] ?? ''))
  const screenings = new NameCache(table('screenings'), (s) => String(s['title'] ?? ''))
  const metrics = new Map<string, { name: string; campaignId: string }>()
  const names: LinkNames = {
    campaigns: campaigns.names,
    organizations: organizations.names,
    screenings: screenings.names,
    metrics,
  }

  /** The names the page's records link to, read before its rows are written. */
  async function load(entity: ExportEntity, records: Item[]) {
    const ids = (key: string) => records.map((record) => record[key] as string | undefined)
    if (entity === 'screenings') {
      await campaigns.load(ids('campaignId'))
      await organizations.load([
        ...ids('hostOrganizationId'),
        ...records.flatMap((record) =>
          ((record['coPresenters'] as { organizationId: string }[] | undefined) ?? []).map(
            (partner) => partner.organizationId,
          ),
        ),
      ])
    } else if (entity === 'metricEntries') {
      const missing = [...new Set(ids('metricId'))].filter(
        (id): id is string => typeof id === 'string' && !metrics.has(id),
      )
      const found = await db.metricDefinitions.bulkGet(missing)
      found.forEach((metric, index) =>
        metrics.set(missing[index] as string, {
          name: metric?.name ?? '',
          campaignId: metric?.campaignId ?? '',
        }),
      )
      await campaigns.load([...metrics.values()].map((metric) => metric.campaignId))
      await screenings.load(ids('screeningId'))
      await organizations.load(ids('organizationId'))
    }
  }
  return { names, load }
}

/** Pages of the records with these ids, in their order, read by id (`bulkGet`). */
async function* pagesById(table: Table<Item, string>, ids: readonly string[]) {
  for (let start = 0; start < ids.length; start += EXPORT_PAGE)
    yield (await table.bulkGet(ids.slice(start, start + EXPORT_PAGE))).filter(
      (record): record is Item => record !== undefined,
    )
}

/**
 * The same pages read along the sort index, a page per request: reading by id asks for each
 * record on its own, about four times slower than a range read here. Each page starts after the
 * last record read (an index orders equal keys by id); records not among the ids (filtered out)
 * are skipped, so the order is the table's, as `orderedIds` read it.
 */
async function* pagesAlongIndex(
  table: Table<Item, string>,
  ids: readonly string[],
  sortBy: string,
) {
  const wanted = new Set(ids)
  let after: { key: unknown; id: string } | undefined
  let found = 0
  while (found < ids.length) {
    let extra = 0
    let page: Item[]
    for (;;) {
      const lower = after === undefined ? Dexie.minKey : after.key
      const read = await table
        .where(`[deletedAt+${sortBy}]`)
        .between([LIVE, lower], [LIVE, Dexie.maxKey], true, true)
        .limit(EXPORT_PAGE + extra)
        .toArray()
      const last = after
      page = last
        ? read.filter((record) => record[sortBy] !== last.key || record.id > last.id)
        : read
      // A page of nothing but records already read: many share the last key; read further.
      if (page.length > 0 || read.length < EXPORT_PAGE + extra) break
      extra += EXPORT_PAGE
    }
    if (page.length === 0) return
    const end = page[page.length - 1] as Item
    after = { key: end[sortBy], id: end.id }
    const kept = page.filter((record) => wanted.has(record.id))
    found += kept.length
    yield kept
  }
}

/**
 * The CSV of the records with these ids, in their order, chunk by chunk: the head (BOM and
 * headers), then a chunk of text per page of records read by id. People flagged sensitive are
 * left out unless the options include them; records gone to the trash since are skipped.
 */
export async function* exportChunks(
  db: ImpactDeskDb,
  entity: ExportEntity,
  ids: readonly string[],
  options: ExportOptions,
  onProgress: (progress: ExportProgress) => void = () => undefined,
  order?: ExportOrder,
): AsyncGenerator<string> {
  const byKey = new Map(exportFieldsFor(entity).map((field) => [field.key, field]))
  const fields = options.columns.flatMap((key) => byKey.get(key) ?? [])
  const table = db[entity] as unknown as Table<Item, string>
  const links = linkCaches(db)
  let written = 0
  yield csvHead(
    fields.map((field) => field.header),
    options,
  )
  // A few ids (a selection) are read by id; a view, along its index.
  const pages =
    order?.direction === 'asc' && ids.length >= 2 * EXPORT_PAGE
      ? pagesAlongIndex(table, ids, order.sortBy)
      : pagesById(table, ids)
  let done = 0
  for await (const page of pages) {
    const records = page.filter(
      (record) =>
        !record['deletedAt'] &&
        (options.includeSensitive || entity !== 'contacts' || record['sensitive'] !== true),
    )
    done += page.length
    await links.load(entity, records)
    const rows = records.map((record) => recordRow(entity, record, fields, links.names, options))
    written += rows.length
    onProgress({ done: Math.min(done, ids.length), total: ids.length, written })
    const text = csvText(rows, options)
    if (text) yield text
  }
  onProgress({ done: ids.length, total: ids.length, written })
}
