import type { MantineColor } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Page } from '../db/repository'
import type { CardDrag, DraggedCard } from './cardDrag'

/** A record on a board: its updatedAt tells a changed record from the same one read again. */
export type KanbanItem = { id: string; updatedAt: string }

/**
 * What a board shows and does, given once (memoised) by the screen that owns it. `kind` names
 * its i18n keys (`<kind>.count`, `.dropHere`, `.columnEmpty`, `.showMore`, `.moveTo`,
 * `.moveToLabel`) and its test ids (`<kind>`, `<kind>-column`, `<kind>-card`).
 */
export type KanbanSpec<T extends KanbanItem, L extends string> = {
  kind: string
  drag: CardDrag
  lanes: readonly L[]
  laneLabel: (lane: L) => string
  /** An accent for the column's top edge and count; none for a plain column. */
  laneColor?: (lane: L) => MantineColor
  /** The first `limit` cards of a lane, and how many it holds. */
  read: (lane: L, limit: number) => Promise<Page<T>>
  laneOf: (item: T) => L
  nameOf: (item: T) => string
  pathOf: (item: T) => string
  /** What the card shows under its name. */
  details: (item: T) => ReactNode
  /** Moves a card to a lane (with Undo); resolves to whether it moved. */
  move: (card: DraggedCard<L>, lane: L) => Promise<boolean>
  /** Whether two reads of a card show the same thing; by default the same updatedAt. */
  same?: (before: T, after: T) => boolean
}
