import { Badge, Group, Stack, Table, Text, Title, useDirection } from '@mantine/core'
import { IconArrowNarrowRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportRun } from '../../../../shared/domain/importRun'
import { fieldPhrase } from './fieldPhrase'
import { mappingRows } from './mappingRows'
import { sayPhrase } from './phrase'

const kindColors = { ignore: 'gray', note: 'grape', tag: 'cyan' } as const

/** Where each column of the file went, and the values used for empty cells. */
export function ImportRunMapping({ run }: { run: ImportRun }) {
  const { t } = useTranslation()
  const { dir } = useDirection()
  const rows = mappingRows(run.target, run.headers, run.settings)
  const defaults = Object.entries(
    typeof run.settings.defaults === 'object' && run.settings.defaults !== null
      ? (run.settings.defaults as Record<string, unknown>)
      : {},
  ).filter(([, value]) => typeof value === 'string' && value.trim() !== '')

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('imports.mapping.title')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('imports.runPage.noMapping')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing="xs" aria-label={t('imports.mapping.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="45%">{t('imports.mapping.column')}</Table.Th>
              <Table.Th w={40} aria-hidden />
              <Table.Th>{t('imports.mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <Text
                    size="sm"
                    ff="monospace"
                    fs={'text' in row.header ? undefined : 'italic'}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {sayPhrase(t, row.header)}
                  </Text>
                </Table.Td>
                <Table.Td aria-hidden c="dimmed">
                  <IconArrowNarrowRight
                    size={16}
                    style={{
                      display: 'block',
                      transform: dir === 'rtl' ? 'scaleX(-1)' : undefined,
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  {row.kind === 'field' ? (
                    <Text size="sm" fw={500}>
                      {sayPhrase(t, row.target)}
                    </Text>
                  ) : (
                    <Badge variant="light" color={kindColors[row.kind]} tt="none">
                      {sayPhrase(t, row.target)}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {defaults.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('imports.mapping.defaults')}
          </Text>
          {defaults.map(([key, value]) => (
            <Group key={key} gap="xs">
              <Text size="sm" c="dimmed">
                {sayPhrase(t, fieldPhrase(run.target, key))}
              </Text>
              <Text size="sm" ff="monospace">
                {String(value)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
