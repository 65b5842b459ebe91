// Tests only: shared code stays free of node:*, but the corpus has to be read from disk.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs'

const folder = new URL('./fixtures/', import.meta.url)

/** The corpus files as bytes, by file name. */
export const fixtures: ReadonlyMap<string, Uint8Array> = new Map(
  readdirSync(folder).map((name) => [name, new Uint8Array(readFileSync(new URL(name, folder)))]),
)
