import { z } from 'zod'
import { importTargets } from './importRun'
import type { Stored } from './record'

/** A column mapping the user saved, found again for files with the same headers. */
export const mappingPresetSchema = z.object({
  name: z.string().trim().min(1, 'validation.required'),
  entity: z.enum(importTargets),
  /** Header -> field key (or a column constant of ImportSettings). */
  mapping: z.record(z.string(), z.string()),
  /** Field key -> value (as choiceKey reads it) -> the option chosen for it; older presets lack it. */
  values: z.record(z.string(), z.record(z.string(), z.string())).optional(),
})

export type MappingPresetInput = z.input<typeof mappingPresetSchema>
export type MappingPresetRecord = Stored<z.output<typeof mappingPresetSchema>>
