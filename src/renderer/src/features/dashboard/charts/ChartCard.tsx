import { Button, Card, Group, SegmentedControl, Text, Title, Tooltip } from '@mantine/core'
import { type Icon, IconChartBar, IconDownload, IconTable } from '@tabler/icons-react'
import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { saveTextFile } from '../../../files/saveTextFile'
import { figureCsv } from './figureCsv'
import type { FigureTable } from './figureTable'
import { FigureTableView } from './FigureTableView'

type Props = {
  title: string
  description: string
  table: FigureTable
  /** The file name the save dialog suggests, without ".csv". */
  fileName: string
  testId: string
  /** Beside the title: what the chart shows (a metric to pick, for instance). */
  controls?: ReactNode
  /** Said instead of the chart and the table when there is nothing to show. */
  empty: string
  children: ReactNode
}

function ViewLabel({ icon: Icon, text }: { icon: Icon; text: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={14} aria-hidden />
      {text}
    </Group>
  )
}

/**
 * A chart with its two ways out: the same figures as a table (for screen readers, and to read
 * exact values) and as a CSV file.
 */
export function ChartCard(props: Props) {
  const { title, description, table, fileName, testId, controls, empty, children } = props
  const { t } = useTranslation()
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const titleId = useId()
  const hasData = table.rows.length > 0

  return (
    <Card
      withBorder
      padding="lg"
      data-testid={testId}
      aria-labelledby={titleId}
      component="section"
    >
      {/* The title keeps its line; the controls move under it when the card is narrow. */}
      <Group justify="space-between" align="center" gap="sm">
        <Title order={3} size="h5" id={titleId} style={{ flex: '1 0 auto' }}>
          {title}
        </Title>
        <Group gap="xs" wrap="nowrap">
          {controls}
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as 'chart' | 'table')}
            aria-label={t('dashboard.chart.view', { title })}
            data={[
              {
                value: 'chart',
                label: <ViewLabel icon={IconChartBar} text={t('dashboard.chart.chart')} />,
              },
              {
                value: 'table',
                label: <ViewLabel icon={IconTable} text={t('dashboard.chart.table')} />,
              },
            ]}
          />
          <Tooltip label={t('dashboard.chart.exportOf', { title })} openDelay={400}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              disabled={!hasData}
              onClick={() => void saveTextFile(`${fileName}.csv`, figureCsv(table))}
              aria-label={t('dashboard.chart.exportOf', { title })}
            >
              {t('dashboard.chart.export')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mt={4} mb="md">
        {description}
      </Text>
      {!hasData ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          {empty}
        </Text>
      ) : view === 'table' ? (
        <FigureTableView table={table} caption={title} />
      ) : (
        <div role="img" aria-label={t('dashboard.chart.described', { title })}>
          {children}
        </div>
      )}
    </Card>
  )
}
