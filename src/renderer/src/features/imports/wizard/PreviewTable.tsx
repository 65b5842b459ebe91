import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The first records of a file as read with the current settings; the header row stands out. */
export function PreviewTable({ rows, headerRow }: { rows: string[][]; headerRow: number }) {
  const { t } = useTranslation()
  const width = Math.max(0, ...rows.map((row) => row.length))
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={320}>
      <Table
        striped
        withTableBorder
        withColumnBorders
        fz="xs"
        aria-label={t('imports.file.preview')}
        data-testid="import-preview"
      >
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr
              key={index}
              fw={index === headerRow ? 700 : undefined}
              c={index < headerRow ? 'dimmed' : undefined}
              data-header={index === headerRow || undefined}
            >
              <Table.Td c="dimmed" w={40}>
                {index + 1}
              </Table.Td>
              {Array.from({ length: width }, (_, column) => (
                <Table.Td key={column} maw={240}>
                  <Text size="xs" truncate="end" inherit>
                    {row[column] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
