import { SimpleGrid } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from './charts/ChartCard'
import { FigureChart } from './charts/LazyCharts'
import type { FigureTable } from './charts/figureTable'
import { useFigureFormat } from './charts/useFigureFormat'
import type { StageCount } from './figures/partnerStages'
import type { Breakdown, ScreeningFigures } from './figures/screeningFigures'
import { usePartnerNames } from './figures/useDashboardFigures'

/** How many partners the "by partner" chart shows: the ones with the most screenings. */
const TOP_PARTNERS = 10

type BreakdownCardProps = {
  id: string
  title: string
  description: string
  groupLabel: string
  groups: Breakdown[]
  labelOf: (key: string) => string
  /** What the bars show: screenings held, or people reached (and the order follows it). */
  measure: 'held' | 'attendance'
}

function BreakdownCard({
  id,
  title,
  description,
  groupLabel,
  groups,
  labelOf,
  measure,
}: BreakdownCardProps) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const ordered =
    measure === 'held' ? groups : [...groups].sort((a, b) => b.attendance - a.attendance)
  const rows = ordered.map((group) => ({
    group: labelOf(group.key),
    held: group.held,
    attendance: group.attendance,
  }))
  const table: FigureTable = {
    columns: [
      { key: 'group', label: groupLabel, kind: 'text' },
      { key: 'held', label: t('dashboard.screenings.held'), kind: 'number' },
      { key: 'attendance', label: t('dashboard.screenings.attendance'), kind: 'number' },
    ],
    rows,
  }
  return (
    <ChartCard
      title={title}
      description={description}
      table={table}
      fileName={title}
      testId={`chart-${id}`}
      empty={t('dashboard.breakdown.empty')}
    >
      <FigureChart
        kind="horizontalBar"
        data={rows}
        dataKey="group"
        series={[
          measure === 'held'
            ? { name: 'held', label: t('dashboard.screenings.held'), color: 'indigo.6' }
            : { name: 'attendance', label: t('dashboard.screenings.attendance'), color: 'cyan.6' },
        ]}
        valueFormatter={format.number}
      />
    </ChartCard>
  )
}

type Props = { figures: ScreeningFigures; stages: StageCount[] }

/**
 * The held screenings by partner, type and region, and the partners by stage. Memoized: the
 * dashboard hands it deferred figures, so a new range redraws the headlines first.
 */
export const Breakdowns = memo(function Breakdowns({ figures, stages }: Props) {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const topPartners = figures.byPartner.slice(0, TOP_PARTNERS)
  const names = usePartnerNames(topPartners.map((group) => group.key))
  const unknown = t('dashboard.breakdown.notSet')
  const stageRows = stages.map(({ stage, partners }) => ({
    stage: t(`organizations.stage.${stage}`),
    partners,
  }))

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} mt="lg">
      <BreakdownCard
        id="partners"
        title={t('dashboard.breakdown.byPartner')}
        description={t('dashboard.breakdown.byPartnerNote', { count: TOP_PARTNERS })}
        groupLabel={t('dashboard.breakdown.partner')}
        groups={topPartners}
        labelOf={(key) => names.get(key) ?? '…'}
        measure="held"
      />
      <BreakdownCard
        id="types"
        title={t('dashboard.breakdown.byType')}
        description={t('dashboard.breakdown.heldNote')}
        groupLabel={t('screenings.fields.type')}
        groups={figures.byType}
        labelOf={(key) => t(`screenings.type.${key}`)}
        measure="held"
      />
      <BreakdownCard
        id="regions"
        title={t('dashboard.breakdown.byRegion')}
        description={t('dashboard.breakdown.regionNote')}
        groupLabel={t('dashboard.breakdown.region')}
        groups={figures.byRegion}
        labelOf={(key) => (key ? t(`dashboard.regions.${key}`) : unknown)}
        measure="attendance"
      />
      <BreakdownCard
        id="countries"
        title={t('dashboard.breakdown.byCountry')}
        description={t('dashboard.breakdown.heldNote')}
        groupLabel={t('screenings.fields.country')}
        groups={figures.byCountry}
        labelOf={(key) => key || unknown}
        measure="attendance"
      />
      <ChartCard
        title={t('dashboard.stages.title')}
        description={t('dashboard.stages.note')}
        table={{
          columns: [
            { key: 'stage', label: t('organizations.fields.stage'), kind: 'text' },
            { key: 'partners', label: t('dashboard.stages.partners'), kind: 'number' },
          ],
          rows: stageRows.some((row) => row.partners > 0) ? stageRows : [],
        }}
        fileName={t('dashboard.stages.title')}
        testId="chart-stages"
        empty={t('dashboard.breakdown.empty')}
      >
        <FigureChart
          kind="bar"
          data={stageRows}
          dataKey="stage"
          series={[{ name: 'partners', label: t('dashboard.stages.partners'), color: 'teal.6' }]}
          valueFormatter={format.number}
        />
      </ChartCard>
    </SimpleGrid>
  )
})
