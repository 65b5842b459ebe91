import type { ExportEntity } from '../../../../shared/export'
import type { ExportOrder } from '../../export/exportChunks'

/** What an export dialog exports: a screen's view (ids read when asked) and its selection. */
export type ExportSource = {
  entity: ExportEntity
  /** The ids of every row the table's search and filters keep, in its order. */
  viewIds: () => Promise<string[]>
  /** Absent where the screen has no selection (campaigns): the dialog then exports the view. */
  selected?: ReadonlySet<string>
  /** The table's sort, which `viewIds` follow. */
  order: ExportOrder
}

/** The dialog's state: closed, or open for a table (or, from the menu elsewhere, a chooser). */
export type ExportRequest = { opened: false } | { opened: true; source?: ExportSource }

let request: ExportRequest = { opened: false }
/** The table on screen, so File > Export CSV… exports what the user is looking at. */
let current: ExportSource | undefined
const listeners = new Set<() => void>()

function set(next: ExportRequest) {
  request = next
  for (const listener of listeners) listener()
}

/**
 * One export dialog for the window, opened by a table's button or by the menu. A module store
 * rather than a context: the menu's handler and the tables sit in different parts of the tree.
 */
export const exportRequests = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  get: () => request,
  open: (source?: ExportSource) => set({ opened: true, source }),
  /** From the menu: the table on screen, or the chooser when there is none. */
  openCurrent: () => set({ opened: true, source: current }),
  close: () => set({ opened: false }),
  /** A table on screen says what it shows; answers the function that takes it back. */
  register(source: ExportSource) {
    current = source
    return () => {
      if (current === source) current = undefined
    }
  },
}
