import type { MantineColor } from '@mantine/core'
import type { Screening } from '../../../../../shared/domain/screening'
import type { Status } from './pipelineRepo'

/** Undated requests first (they need a date), then the soonest, then by title. */
export function bySoonest(
  a: Pick<Screening, 'startKey' | 'title'>,
  b: Pick<Screening, 'startKey' | 'title'>,
): number {
  return a.startKey.localeCompare(b.startKey) || a.title.localeCompare(b.title)
}

const colors: Record<Status, MantineColor> = {
  // Waiting on us, then ever more settled; a reported screening is done, so it steps back to gray.
  requested: 'yellow',
  approved: 'blue',
  confirmed: 'teal',
  held: 'grape',
  reported: 'gray',
  cancelled: 'red',
}

/** One colour per status, the same on the calendar and the board. */
export function statusColor(status: Status): MantineColor {
  return colors[status] ?? 'gray'
}

/**
 * The fields that move a screening to another status: the status, and its history with the
 * move added, so the detail page can tell when each step happened.
 */
export function statusChange(
  screening: Pick<Screening, 'statusHistory'>,
  status: Status,
  at: string,
): Pick<Screening, 'status' | 'statusHistory'> {
  return { status, statusHistory: [...screening.statusHistory, { status, at }] }
}
