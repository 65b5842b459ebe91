import { Box, Checkbox, Group, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Table } from 'dexie'
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortDirection } from '../db/repository'
import { DataRow } from './DataRow'
import classes from './DataTable.module.css'
import { useVisibleRows } from './useTableRows'

export type Column<T> = {
  key: string
  label: string
  /** A CSS grid track, e.g. 'minmax(200px, 2fr)'. */
  width: string
  render: (row: T) => ReactNode
  /** The index the column sorts by, when it can. */
  sortKey?: string
}

type DataTableProps<T extends { id: string }> = {
  label: string
  table: Table<T, string>
  ids: readonly string[] | undefined
  /** Records already read (the first page): shown until the rows in view are read. */
  known?: ReadonlyMap<string, T> | undefined
  columns: Column<T>[]
  sort: { by: string; direction: SortDirection }
  onSort: (by: string) => void
  selected: ReadonlySet<string>
  onSelectedChange: (selected: Set<string>) => void
  onOpen: (id: string) => void
}

const ROW_HEIGHT = 44

/**
 * A virtualized grid: only the rows in view are in the DOM and only their records are read,
 * so it scrolls 100,000 rows as smoothly as 10. Arrows move, Enter opens, Space selects.
 */
export function DataTable<T extends { id: string }>(props: DataTableProps<T>) {
  const { label, table, ids, known, columns, sort, onSort, selected, onSelectedChange, onOpen } =
    props
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const count = ids?.length ?? 0
  // The React Compiler is not used; the virtualizer's changing functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Scrolling renders in the next frame instead of synchronously in each scroll event.
    useFlushSync: false,
  })
  const items = virtualizer.getVirtualItems()
  const rows = useVisibleRows(table, ids, items[0]?.index ?? 0, items.at(-1)?.index ?? 0)
  const template = `40px ${columns.map((column) => column.width).join(' ')}`

  const toggle = (id: string) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onSelectedChange(next)
  }
  // Rows keep the same callbacks from render to render, so that unchanged rows are not redrawn.
  const latest = useRef({ toggle, onOpen })
  useEffect(() => {
    latest.current = { toggle, onOpen }
  })
  const onToggle = useCallback((id: string) => latest.current.toggle(id), [])
  const onRowOpen = useCallback((index: number, id: string) => {
    setActive(index)
    latest.current.onOpen(id)
  }, [])
  const selectLabel = t('table.selectRow')
  const allSelected = count > 0 && selected.size === count
  const moveTo = (index: number) => {
    const clamped = Math.min(Math.max(index, 0), count - 1)
    setActive(clamped)
    virtualizer.scrollToIndex(clamped)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const id = ids?.[active]
    const page = Math.floor((scrollRef.current?.clientHeight ?? 440) / ROW_HEIGHT)
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      Enter: () => id && onOpen(id),
      ' ': () => id && toggle(id),
    }
    const move = moves[event.key]
    if (move && count > 0) {
      event.preventDefault()
      move()
    }
  }

  return (
    <Box className={classes.frame} role="grid" aria-label={label} aria-rowcount={count + 1}>
      <div className={classes.header} role="row" style={{ gridTemplateColumns: template }}>
        <div role="columnheader" className={classes.cell}>
          <Checkbox
            size="xs"
            aria-label={t('table.selectAll')}
            checked={allSelected}
            indeterminate={selected.size > 0 && !allSelected}
            onChange={() => onSelectedChange(allSelected ? new Set() : new Set(ids))}
          />
        </div>
        {columns.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            className={classes.cell}
            aria-sort={
              sort.by === column.sortKey
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : undefined
            }
          >
            {column.sortKey ? (
              <UnstyledButton onClick={() => onSort(column.sortKey!)} fw={600} fz="sm">
                <Group gap={4} wrap="nowrap">
                  {column.label}
                  {sort.by === column.sortKey &&
                    (sort.direction === 'asc' ? (
                      <IconChevronUp size={14} />
                    ) : (
                      <IconChevronDown size={14} />
                    ))}
                </Group>
              </UnstyledButton>
            ) : (
              <Text fw={600} fz="sm">
                {column.label}
              </Text>
            )}
          </div>
        ))}
      </div>
      <div
        ref={scrollRef}
        className={classes.body}
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-activedescendant={ids?.[active] ? `row-${ids[active]}` : undefined}
        data-testid="table-body"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids![item.index]!
            return (
              <DataRow
                key={id}
                id={id}
                index={item.index}
                start={item.start}
                row={rows.get(id) ?? known?.get(id)}
                selected={selected.has(id)}
                active={item.index === active}
                template={template}
                columns={columns}
                selectLabel={selectLabel}
                onToggle={onToggle}
                onOpen={onRowOpen}
              />
            )
          })}
        </div>
      </div>
    </Box>
  )
}
