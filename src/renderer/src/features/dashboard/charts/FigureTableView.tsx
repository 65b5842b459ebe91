import { ScrollArea, Table } from '@mantine/core'
import type { FigureTable } from './figureTable'
import { useFigureFormat } from './useFigureFormat'

// Read by screen readers, not shown: the card's title says the same above the table.
const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

/** A chart's figures as a table: one row per category or period, numbers right-aligned. */
export function FigureTableView({ table, caption }: { table: FigureTable; caption: string }) {
  const format = useFigureFormat()
  return (
    <ScrollArea.Autosize mah={360}>
      <Table striped highlightOnHover stickyHeader captionSide="top" data-testid="figure-table">
        <Table.Caption style={hidden}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta={column.kind === 'text' ? 'start' : 'end'}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, index) => (
            <Table.Tr key={index}>
              {table.columns.map((column, columnIndex) => {
                const text = format.cell(row[column.key] ?? null, column.kind)
                return columnIndex === 0 ? (
                  <Table.Th key={column.key} scope="row" fw={500}>
                    {text}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.key} ta={column.kind === 'text' ? 'start' : 'end'}>
                    {text}
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
