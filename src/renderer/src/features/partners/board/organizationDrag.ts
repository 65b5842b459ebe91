import type { Stage } from './boardRepo'

/** What a card carries while it is dragged: enough to move it and to name it in the notice. */
export type DraggedCard = { id: string; name: string; stage: Stage }

// A type of our own, so text, links or files dragged in from elsewhere are never taken for a card.
const TYPE = 'application/x-impact-desk-organization'

type Transfer = Pick<DataTransfer, 'setData' | 'getData' | 'types' | 'effectAllowed'>

export const organizationDrag = {
  write(transfer: Transfer, card: DraggedCard) {
    transfer.setData(TYPE, JSON.stringify(card))
    // Plain text too, so a card dropped in a text editor reads as the organization's name.
    transfer.setData('text/plain', card.name)
    transfer.effectAllowed = 'move'
  },

  /** Readable during dragover, when browsers hide the data itself and show only its types. */
  carries(transfer: Pick<DataTransfer, 'types'>): boolean {
    return Array.from(transfer.types).includes(TYPE)
  },

  /** The card dropped, or null when the drop is not one of ours or its data is damaged. */
  read(transfer: Pick<DataTransfer, 'getData'>): DraggedCard | null {
    const raw = transfer.getData(TYPE)
    if (!raw) return null
    try {
      const value: unknown = JSON.parse(raw)
      if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as DraggedCard).id === 'string' &&
        typeof (value as DraggedCard).name === 'string' &&
        typeof (value as DraggedCard).stage === 'string'
      ) {
        return value as DraggedCard
      }
      return null
    } catch {
      return null
    }
  },
}
