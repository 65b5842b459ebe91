import { useTranslation } from 'react-i18next'
import type { TableScope } from '../../table/TableScreen'
import { useCurrentCampaign } from './useCurrentCampaign'

/** A table narrowed to the current campaign through `field`'s index, or undefined for all. */
export function useCampaignScope(field: string): TableScope | undefined {
  const { t } = useTranslation()
  const { campaignId, campaign, setCampaignId } = useCurrentCampaign()
  if (!campaignId) return undefined
  return {
    field,
    value: campaignId,
    label: t('switcher.scope', { title: campaign?.title ?? '…' }),
    clearLabel: t('switcher.showAll'),
    onClear: () => setCampaignId(null),
  }
}
