/** What a card carries while it is dragged: enough to move it and to name it in the notice. */
export type DraggedCard<L extends string = string> = { id: string; name: string; lane: L }

type Transfer = Pick<DataTransfer, 'setData' | 'getData' | 'types' | 'effectAllowed'>

export type CardDrag = ReturnType<typeof cardDrag>

/**
 * Reads and writes a board's cards on a drag's DataTransfer, under a type of the board's own, so
 * text, links, files or another board's cards are never taken for one of its cards.
 */
export function cardDrag(type: string) {
  return {
    write(transfer: Transfer, card: DraggedCard) {
      transfer.setData(type, JSON.stringify(card))
      // Plain text too, so a card dropped in a text editor reads as its name.
      transfer.setData('text/plain', card.name)
      transfer.effectAllowed = 'move'
    },

    /** Readable during dragover, when browsers hide the data itself and show only its types. */
    carries(transfer: Pick<DataTransfer, 'types'>): boolean {
      return Array.from(transfer.types).includes(type)
    },

    /** The card dropped, or null when the drop is not one of ours or its data is damaged. */
    read(transfer: Pick<DataTransfer, 'getData'>): DraggedCard | null {
      const raw = transfer.getData(type)
      if (!raw) return null
      try {
        const value = JSON.parse(raw) as Partial<DraggedCard> | null
        return value &&
          typeof value.id === 'string' &&
          typeof value.name === 'string' &&
          typeof value.lane === 'string'
          ? (value as DraggedCard)
          : null
      } catch {
        return null
      }
    },
  }
}
