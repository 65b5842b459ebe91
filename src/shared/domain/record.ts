/** What every stored record carries besides its own fields. */
export type RecordMeta = {
  id: string
  /** ISO instants in UTC. */
  createdAt: string
  updatedAt: string
  /**
   * When the record went to the trash, or '' while it is live. An empty string rather than a
   * missing field, so that `[deletedAt+field]` indexes list live records in order.
   */
  deletedAt: string
  /** The import run that created the record, so that undoing the run removes it. */
  importRunId?: string
}

export type Stored<T> = T & RecordMeta

export const LIVE = ''
