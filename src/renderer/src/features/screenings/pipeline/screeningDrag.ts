import type { Status } from './pipelineRepo'

/** What a card carries while it is dragged: enough to move it and to name it in the notice. */
export type DraggedScreening = { id: string; title: string; status: Status }

// A type of our own, so text, links, files or partner cards are never taken for a screening.
const TYPE = 'application/x-impact-desk-screening'

type Transfer = Pick<DataTransfer, 'setData' | 'getData' | 'types' | 'effectAllowed'>

export const screeningDrag = {
  write(transfer: Transfer, card: DraggedScreening) {
    transfer.setData(TYPE, JSON.stringify(card))
    transfer.setData('text/plain', card.title)
    transfer.effectAllowed = 'move'
  },

  /** Readable during dragover, when browsers hide the data itself and show only its types. */
  carries(transfer: Pick<DataTransfer, 'types'>): boolean {
    return Array.from(transfer.types).includes(TYPE)
  },

  /** The card dropped, or null when the drop is not one of ours or its data is damaged. */
  read(transfer: Pick<DataTransfer, 'getData'>): DraggedScreening | null {
    const raw = transfer.getData(TYPE)
    if (!raw) return null
    try {
      const value = JSON.parse(raw) as Partial<DraggedScreening> | null
      return value &&
        typeof value.id === 'string' &&
        typeof value.title === 'string' &&
        typeof value.status === 'string'
        ? (value as DraggedScreening)
        : null
    } catch {
      return null
    }
  },
}
