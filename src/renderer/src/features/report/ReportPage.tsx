import { Button } from '@mantine/core'
import '@mantine/charts/styles.css'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { EmptyState } from '../../shell/EmptyState'
import { PageHeader } from '../../shell/PageHeader'
import { useCurrentCampaign } from '../campaigns/useCurrentCampaign'
import { useCampaignOptions } from '../screenings/useCampaignOptions'
import { ReportControls } from './ReportControls'
import { ReportDocument } from './ReportDocument'
import classes from './report.module.css'
import { loadReport } from './reportQueries'
import { saveReportPdf } from './saveReportPdf'

/**
 * The printable impact report of one campaign over a date range: its figures, charts and
 * screenings, saved as a PDF. The campaign and range live in the address (?campaign&from&to),
 * so the dashboard can open the report on what it shows.
 */
export function ReportPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const { campaignId: current } = useCurrentCampaign()
  const options = useCampaignOptions()
  const campaignId = params.get('campaign') || current || options?.[0]?.value || ''
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const data = useLiveQuery(
    () => (campaignId ? loadReport(campaignId, { from, to }, new Date().toISOString()) : null),
    [campaignId, from, to],
  )
  const [saving, setSaving] = useState(false)

  const update = (changes: Record<string, string>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true },
    )

  async function save() {
    if (!data) return
    setSaving(true)
    try {
      const range = [from, to].filter(Boolean).join(' – ')
      await saveReportPdf(t('report.fileName', { title: data.campaign.title, range }).trim())
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <div className={classes.screenOnly}>
        <PageHeader
          title={t('report.title')}
          actions={
            <Button
              leftSection={<IconFileTypePdf size={18} />}
              onClick={() => void save()}
              loading={saving}
              disabled={!data}
            >
              {t('report.savePdf')}
            </Button>
          }
        />
        <ReportControls
          campaignId={campaignId}
          options={options ?? []}
          from={from}
          to={to}
          onChange={update}
        />
      </div>
      {options?.length === 0 || (options && data === null) ? (
        <EmptyState title={t('report.noCampaignsTitle')} body={t('report.noCampaignsBody')} />
      ) : (
        data && <ReportDocument data={data} from={from} to={to} />
      )}
    </>
  )
}
