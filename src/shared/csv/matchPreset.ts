import { normaliseHeader } from './normaliseHeader'
import type { ValueMap } from './valueMap'

/** A mapping the user saved, keyed by the headers of the file it was made for. */
export type MappingPreset = {
  id: string
  name: string
  /** Header -> field key (or null for a column left out). */
  mapping: Readonly<Record<string, string | null>>
  /** The options chosen for the values of choice fields (see ValueMap), when saved with it. */
  values?: ValueMap
}

export type PresetMatch = {
  preset: MappingPreset
  /** Share of the preset's and the file's headers they have in common (0 to 1). */
  score: number
  /** The preset's mapping for this file's headers, by column index. */
  fields: (string | null)[]
  /** Headers of the file the preset does not know, and headers of the preset the file lacks. */
  added: string[]
  missing: string[]
}

/**
 * The saved preset that fits a file's headers best, when at least half of the headers of the two
 * together are shared; headers are compared as `normaliseHeader` reads them. The added and
 * missing columns are for the warning the import screen shows.
 */
export function matchPreset(
  headers: readonly string[],
  presets: readonly MappingPreset[],
): PresetMatch | undefined {
  const fileHeaders = new Map(headers.map((header) => [normaliseHeader(header), header]))
  let best: PresetMatch | undefined
  for (const preset of presets) {
    const known = new Map(
      Object.entries(preset.mapping).map(([header, field]) => [
        normaliseHeader(header),
        { header, field },
      ]),
    )
    const shared = [...fileHeaders.keys()].filter((header) => known.has(header)).length
    const union = new Set([...fileHeaders.keys(), ...known.keys()]).size
    const score = union === 0 ? 0 : shared / union
    if (score < 0.5 || (best && score <= best.score)) continue
    best = {
      preset,
      score,
      fields: headers.map((header) => known.get(normaliseHeader(header))?.field ?? null),
      added: headers.filter((header) => !known.has(normaliseHeader(header))),
      missing: [...known.entries()]
        .filter(([header]) => !fileHeaders.has(header))
        .map(([, { header }]) => header),
    }
  }
  return best
}
