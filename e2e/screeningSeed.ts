import { type CampaignInput, campaignSchema } from '../src/shared/domain/campaign'
import {
  type ScreeningInput,
  deriveScreening,
  screeningSchema,
} from '../src/shared/domain/screening'

const stamp = () => {
  const at = new Date().toISOString()
  return { createdAt: at, updatedAt: at, deletedAt: '' }
}

/** A stored campaign as the app writes it, with a fixed id screenings can point at. */
export function campaignRecord(input: CampaignInput, id = 'campaign-0') {
  return { ...campaignSchema.parse(input), id, ...stamp() }
}

/** Stored screenings as the app writes them: validated, derived fields added, ids given. */
export function screeningRecords(inputs: ScreeningInput[]) {
  return inputs.map((input, index) => {
    const fields = screeningSchema.parse(input)
    return { ...fields, ...deriveScreening(fields), id: `screening-${index}`, ...stamp() }
  })
}
