import {
  type MetricDefinitionInput,
  metricDefinitionSchema,
} from '../src/shared/domain/metricDefinition'
import { type MetricEntryInput, metricEntrySchema } from '../src/shared/domain/metricEntry'
import { rollupsOf } from '../src/shared/domain/metricRollup'

const stamp = () => {
  const at = new Date().toISOString()
  return { createdAt: at, updatedAt: at, deletedAt: '' }
}

/** Stored metric definitions as the app writes them, with fixed ids entries can point at. */
export function metricDefinitionRecords(inputs: MetricDefinitionInput[]) {
  return inputs.map((input, index) => ({
    ...metricDefinitionSchema.parse(input),
    id: `metric-${index}`,
    ...stamp(),
  }))
}

export function metricEntryRecords(inputs: MetricEntryInput[]) {
  return inputs.map((input, index) => ({
    ...metricEntrySchema.parse(input),
    id: `entry-${index}`,
    ...stamp(),
  }))
}

/**
 * The `metricRollups` rows the app would have kept for these entries. Seeding entries straight
 * into IndexedDB passes by the app's Dexie middleware, so seed these beside them.
 */
export function metricRollupRecords(entries: ReturnType<typeof metricEntryRecords>) {
  return rollupsOf(entries)
}
