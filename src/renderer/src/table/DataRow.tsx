import { memo } from 'react'
import classes from './DataTable.module.css'
import type { Column } from './DataTable'

type DataRowProps<T> = {
  id: string
  index: number
  start: number
  row: T | undefined
  selected: boolean
  active: boolean
  template: string
  columns: Column<T>[]
  selectLabel: string
  onToggle: (id: string) => void
  onOpen: (index: number, id: string) => void
}

function DataRowView<T>(props: DataRowProps<T>) {
  const { id, index, start, row, selected, active, template, columns } = props
  return (
    <div
      id={`row-${id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-active={active || undefined}
      className={classes.row}
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)` }}
      onClick={() => props.onOpen(index, id)}
    >
      <div role="gridcell" className={classes.cell} onClick={(event) => event.stopPropagation()}>
        {/* A native checkbox: Mantine's costs a component tree per row while scrolling. */}
        <input
          type="checkbox"
          className={classes.check}
          aria-label={props.selectLabel}
          checked={selected}
          onChange={() => props.onToggle(id)}
        />
      </div>
      {columns.map((column) => (
        <div key={column.key} role="gridcell" className={classes.cell}>
          {row ? column.render(row) : <div className={classes.placeholder} />}
        </div>
      ))}
    </div>
  )
}

const version = (row: unknown) => (row as { updatedAt?: string } | undefined)?.updatedAt

/**
 * One row, drawn again only when its own record, place or state changes: while scrolling, the
 * rows already on screen are left alone and only the rows coming into view are drawn.
 */
export const DataRow = memo(
  DataRowView,
  (a, b) =>
    a.id === b.id &&
    a.index === b.index &&
    a.start === b.start &&
    (a.row === b.row ||
      (a.row !== undefined && b.row !== undefined && version(a.row) === version(b.row))) &&
    a.selected === b.selected &&
    a.active === b.active &&
    a.template === b.template &&
    a.columns === b.columns &&
    a.selectLabel === b.selectLabel,
) as typeof DataRowView
